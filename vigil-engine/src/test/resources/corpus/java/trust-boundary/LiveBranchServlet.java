// vigil-expect: vulnerable cwe=501
// case: always-true constant condition keeps the tainted value
package corpus.trust;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/trust/live-branch")
public class LiveBranchServlet extends HttpServlet {
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
    String stored = "viewer";
    if ((7 * 42) - 86 > 200) {
      stored = role;
    }
    request.getSession().setAttribute("role", stored);
  }
}
