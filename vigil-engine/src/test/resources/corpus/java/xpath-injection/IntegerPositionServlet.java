// vigil-expect: safe cwe=643
// case: position predicate from a parsed integer
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

@WebServlet("/xpath/integer-position")
public class IntegerPositionServlet extends HttpServlet {
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
    int position = Integer.parseInt(login);
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath()
          .evaluate("/accounts/account[" + position + "]/name", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
