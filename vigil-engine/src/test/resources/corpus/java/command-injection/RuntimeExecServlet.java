// vigil-expect: vulnerable cwe=78
// case: Runtime.exec with a concatenated command line
package corpus.cmdi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/runtime-exec")
public class RuntimeExecServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = request.getParameter("host");
    Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      response.getWriter().println(out.readLine());
    }
  }
}
