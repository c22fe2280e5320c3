// vigil-expect: safe cwe=601
// case: a classic switch statement maps the continue key to constant paths with a default
package corpus.redirect2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/checkout/done-mapped")
public class ContinueSwitchServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String key = String.valueOf(req.getParameter("continue"));
    String target;
    switch (key) {
      case "cart":
        target = "/cart";
        break;
      case "orders":
        target = "/account/orders";
        break;
      default:
        target = "/";
    }
    resp.sendRedirect(target);
  }
}
