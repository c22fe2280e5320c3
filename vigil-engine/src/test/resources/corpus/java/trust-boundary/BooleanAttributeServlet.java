// vigil-expect: safe cwe=501
// case: a boolean computed from the value is stored
package corpus.trust;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/boolean-attribute")
public class BooleanAttributeServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String role = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("role".equals(cookie.getName())) {
          role = cookie.getValue();
        }
      }
    }
    request.getSession().setAttribute("wantsNewsletter", "yes".equals(role));
  }
}
