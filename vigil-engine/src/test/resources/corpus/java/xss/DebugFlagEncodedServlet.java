// vigil-expect: safe cwe=79
// case: the raw echo is in the branch of a constant false DEBUG flag; the live branch encodes
package corpus.xss2;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

@WebServlet("/welcome-encoded")
public class DebugFlagEncodedServlet extends HttpServlet {
  private static final boolean DEBUG = false;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("user");
    resp.setContentType("text/html");
    PrintWriter out = resp.getWriter();
    if (DEBUG) {
      out.println("<pre>raw user=" + user + "</pre>");
    } else {
      out.println("<p>Signed in as <b>" + Encode.forHtml(user) + "</b></p>");
    }
  }
}
