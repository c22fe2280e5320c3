// vigil-expect: vulnerable cwe=643
// case: always-true constant condition keeps the tainted value
package corpus.xpath;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@WebServlet("/xpath/live-branch")
public class LiveBranchServlet extends HttpServlet {
  private Document accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String login = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("login".equals(cookie.getName())) {
          login = cookie.getValue();
        }
      }
    }
    String who = "nobody";
    if ((7 * 42) - 86 > 200) {
      who = login;
    }
    try {
      response.getWriter().print(
          XPathFactory.newInstance().newXPath().evaluate("//user[name='" + who + "']/id", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
