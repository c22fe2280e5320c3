// vigil-expect: vulnerable cwe=113
// case: a query parameter written into a custom response header
package corpus.header;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ImpersonationHeaderServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String actingAs = req.getParameter("as");
    if (actingAs != null) {
      resp.setHeader("X-Acting-As", actingAs.trim());
    }
    resp.getWriter().print("ok");
  }
}
