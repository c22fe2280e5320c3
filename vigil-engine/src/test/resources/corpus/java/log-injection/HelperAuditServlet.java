// vigil-expect: safe cwe=117
// case: helper writes the audit entry (relabelled safe for issue 11: a header or cookie value holds no CR or LF)
package corpus.logi;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/logi/helper-audit")
public class HelperAuditServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("user".equals(cookie.getName())) {
          user = cookie.getValue();
        }
      }
    }
    audit("delete", user);
    response.setStatus(204);
  }

  private void audit(String action, String who) {
    log.info("action={} who={}", action, who);
  }
}
