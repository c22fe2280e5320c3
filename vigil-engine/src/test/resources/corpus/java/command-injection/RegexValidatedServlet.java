// vigil-expect: safe cwe=78
// case: input must match a strict hostname pattern
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/regex-validated")
public class RegexValidatedServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("host".equals(cookie.getName())) {
          host = cookie.getValue();
        }
      }
    }
    if (!host.matches("[A-Za-z0-9.-]{1,253}")) {
      response.sendError(400);
      return;
    }
    new ProcessBuilder("ping", "-c", "1", host).start();
  }
}
