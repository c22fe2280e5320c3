// vigil-expect: vulnerable cwe=79
// case: removing <script> tags does not stop other vectors
package corpus.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/xss/weak-filter")
public class WeakFilterServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("q".equals(cookie.getName())) {
          query = cookie.getValue();
        }
      }
    }
    String cleaned = query.replace("<script>", "").replace("</script>", "");
    response.getWriter().print("<p>" + cleaned + "</p>");
  }
}
