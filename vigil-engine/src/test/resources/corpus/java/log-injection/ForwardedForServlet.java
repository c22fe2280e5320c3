// vigil-expect: safe cwe=117
// case: X-Forwarded-For and the remote address are logged on a failed login; neither can hold a line break
package corpus.heldout3.logi;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/login-audit")
public class ForwardedForServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(ForwardedForServlet.class);

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String client = request.getHeader("X-Forwarded-For");
    if (client == null || client.isEmpty()) {
      client = request.getRemoteAddr();
    }
    log.warn("failed login from " + client);
    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
  }
}
