// vigil-expect: vulnerable cwe=601
// case: a 302 with the Location header set to the next parameter
package corpus.redirect2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/logout")
public class LogoutLocationServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    req.getSession().invalidate();
    String next = req.getParameter("next");
    resp.setStatus(HttpServletResponse.SC_FOUND);
    resp.setHeader("Location", next == null ? "/" : next);
  }
}
