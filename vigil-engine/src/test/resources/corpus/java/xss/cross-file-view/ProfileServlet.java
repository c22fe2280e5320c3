// vigil-expect: vulnerable cwe=79
// case: a view helper in another file prints its argument into HTML
package corpus.xss.view;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ProfileServlet extends HttpServlet {
  private final HtmlView view = new HtmlView();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    view.heading(response.getWriter(), request.getParameter("displayName"));
  }
}
