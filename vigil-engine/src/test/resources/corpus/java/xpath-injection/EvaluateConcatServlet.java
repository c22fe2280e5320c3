// vigil-expect: vulnerable cwe=643
// case: XPath.evaluate with a concatenated predicate
package corpus.xpath;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@WebServlet("/xpath/evaluate-concat")
public class EvaluateConcatServlet extends HttpServlet {
  private Document accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String login = request.getParameter("login");
    XPath xpath = XPathFactory.newInstance().newXPath();
    try {
      String role = xpath.evaluate("/accounts/account[@login='" + login + "']/role", accounts);
      response.getWriter().print(role);
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
