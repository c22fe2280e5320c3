// vigil-expect: vulnerable cwe=601
// case: an Optional-filtered continue parameter is passed to sendRedirect
package corpus.redirect2;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/checkout/done")
public class ContinueOptionalServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String target = Optional.ofNullable(req.getParameter("continue"))
        .filter(s -> !s.isBlank())
        .orElse("/");
    resp.sendRedirect(target);
  }
}
