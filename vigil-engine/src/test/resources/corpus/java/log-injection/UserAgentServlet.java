// vigil-expect: safe cwe=117
// case: User-Agent header logged (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/logi/user-agent")
public class UserAgentServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getHeader("X-User");
    log.info("Login page requested by {} with agent {}", user, request.getHeader("User-Agent"));
  }
}
