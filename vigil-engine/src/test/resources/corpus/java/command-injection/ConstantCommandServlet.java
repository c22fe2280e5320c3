// vigil-expect: safe cwe=78
// case: the command is constant; the input is only echoed as a number of bytes
package corpus.cmdi;

import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/cmdi/constant-command")
public class ConstantCommandServlet extends HttpServlet {
  private static final Set<String> KNOWN_HOSTS = Set.of("db1.internal", "db2.internal");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String host = request.getParameter("host");
    Process p = Runtime.getRuntime().exec("uptime");
    response.getWriter().print(new String(p.getInputStream().readAllBytes()).length() + host.length());
  }
}
