// vigil-expect: safe cwe=79
// case: an escaping helper in another file wraps Spring HtmlUtils
package corpus.xss.escape;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CommentServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String comment = Html.escape(request.getParameter("comment"));
    response.getWriter().println("<p class=\"comment\">" + comment + "</p>");
  }
}
