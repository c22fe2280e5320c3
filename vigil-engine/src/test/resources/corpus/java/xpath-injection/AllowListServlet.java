// vigil-expect: safe cwe=643
// case: field name must be one of the known elements
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

@WebServlet("/xpath/allow-list")
public class AllowListServlet extends HttpServlet {
  private Document accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String login = request.getParameter("login");
    if (!"email".equals(login) && !"phone".equals(login)) {
      response.sendError(400);
      return;
    }
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("/accounts/account[1]/" + login, accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
