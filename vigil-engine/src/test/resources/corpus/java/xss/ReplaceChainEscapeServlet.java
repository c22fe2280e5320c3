// vigil-expect: safe cwe=79
// case: greeting written through a hand-written entity encoder (a replace chain)
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ReplaceChainEscapeServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/html");
    resp.getWriter().println("<p>Hello " + entities(req.getParameter("name")) + "</p>");
  }

  static String entities(String src) {
    String s = src.replace("&", "&amp;");
    s = s.replace("<", "&lt;");
    s = s.replace(">", "&gt;");
    return s.replace("\"", "&quot;");
  }
}
