// vigil-expect: safe cwe=113
// case: input picks a header value from a constant map
package corpus.header;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/header/header-map")
public class HeaderMapServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String lang = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("lang".equals(cookie.getName())) {
          lang = cookie.getValue();
        }
      }
    }
    Map<String, String> policies = Map.of("strict", "default-src 'self'", "report", "default-src 'self'; report-uri /csp");
    response.setHeader("Content-Security-Policy", policies.getOrDefault(lang, "default-src 'self'"));
  }
}
