// vigil-expect: vulnerable cwe=601
// case: the target is proven a well-formed URL (new URL(t).toURI()), which says nothing of its host: the redirect still goes anywhere
package corpus.redirect;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ValidUrlRedirectServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String target = req.getParameter("next");
    try {
      new URL(target).toURI();
    } catch (Exception e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    // ruleid: java.open-redirect
    resp.sendRedirect(target);
  }
}
