// vigil-expect: safe cwe=601
// case: the Location is a fixed path under the context path; the reason is only a URL-encoded query value
package corpus.redirect2;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/logout-reason")
public class LogoutReasonEncodedServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    req.getSession().invalidate();
    String reason = req.getParameter("reason");
    String location = req.getContextPath() + "/signed-out?reason="
        + URLEncoder.encode(reason == null ? "user" : reason, StandardCharsets.UTF_8);
    resp.setStatus(HttpServletResponse.SC_FOUND);
    resp.setHeader("Location", location);
  }
}
