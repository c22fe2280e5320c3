// vigil-expect: vulnerable cwe=79
// case: a helper that shows the value between literal angle-bracket entities, without escaping it
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class EntityDecorationServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/html");
    resp.getWriter().println("<p>Tag: " + asTag(req.getParameter("tag")) + "</p>");
  }

  static String asTag(String name) {
    return "&lt;" + name + "&gt;";
  }
}
