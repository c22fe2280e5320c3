// vigil-expect: safe cwe=730
// case: replaceAll on the tainted text with a constant regex (the input is the receiver, not the pattern)
package corpus.heldout4.regex;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class WhitespaceCollapseServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String comment = request.getParameter("comment");
    String collapsed = comment.replaceAll("\\s+", " ").trim();
    response.setContentType("text/plain");
    response.getWriter().print(collapsed.length());
  }
}
