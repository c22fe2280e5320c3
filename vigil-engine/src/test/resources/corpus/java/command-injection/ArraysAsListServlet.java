// vigil-expect: vulnerable cwe=78
// case: ProcessBuilder from Arrays.asList with a shell
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/arrays-as-list")
public class ArraysAsListServlet extends HttpServlet {
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
    new ProcessBuilder(java.util.Arrays.asList("bash", "-c", "ping -c 2 " + host)).inheritIO().start();
  }
}
