// vigil-expect: vulnerable cwe=643
// case: StringBuilder builds the expression
package corpus.xpath;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@WebServlet("/xpath/builder-expression")
public class BuilderExpressionServlet extends HttpServlet {
  private Document accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String login = request.getHeader("X-Login");
    StringBuilder expr = new StringBuilder("/accounts/account");
    expr.append("[@login='").append(login).append("' and @active='true']");
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath().evaluate(expr.toString(), accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
