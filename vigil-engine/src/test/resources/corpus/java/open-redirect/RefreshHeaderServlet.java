// vigil-expect: vulnerable cwe=601
// case: Refresh header with a URL from the request
package corpus.redirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/redirect/refresh-header")
public class RefreshHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("next".equals(cookie.getName())) {
          next = cookie.getValue();
        }
      }
    }
    response.setHeader("Refresh", "0; url=" + next);
  }
}
