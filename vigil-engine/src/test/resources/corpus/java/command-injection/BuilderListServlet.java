// vigil-expect: vulnerable cwe=78
// case: command list built with the input as an argument
package corpus.cmdi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/builder-list")
public class BuilderListServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = request.getHeader("X-Host");
    List<String> command = new ArrayList<>();
    command.add("traceroute");
    command.add("-m");
    command.add("10");
    command.add(host);
    Process p = new ProcessBuilder(command).start();
    response.getWriter().print(p.isAlive());
  }
}
