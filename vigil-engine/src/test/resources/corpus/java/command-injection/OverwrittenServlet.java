// vigil-expect: safe cwe=78
// case: input overwritten with a constant
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/overwritten")
public class OverwrittenServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = request.getHeader("X-Host");
    String target = host;
    target = "127.0.0.1";
    new ProcessBuilder("ping", "-c", "1", target).start();
  }
}
