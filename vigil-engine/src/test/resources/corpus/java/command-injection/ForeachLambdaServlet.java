// vigil-expect: vulnerable cwe=78
// case: each comma-separated host pinged from a lambda
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/foreach-lambda")
public class ForeachLambdaServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = request.getHeader("X-Host");
    for (String h : host.split(",")) {
      Runtime.getRuntime().exec("ping -c 1 " + h);
    }
  }
}
