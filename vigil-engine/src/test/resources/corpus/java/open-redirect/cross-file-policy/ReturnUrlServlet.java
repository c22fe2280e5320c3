// vigil-expect: safe cwe=601
// case: a redirect policy in another file maps the input to constant targets
package corpus.redirect.policy;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ReturnUrlServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.sendRedirect(RedirectPolicy.target(request.getParameter("return")));
  }
}
