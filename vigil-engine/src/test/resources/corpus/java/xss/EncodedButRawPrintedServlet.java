// vigil-expect: vulnerable cwe=79
// case: the encoded copy is computed but the raw parameter is the one printed
package corpus.xss2;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

@WebServlet("/welcome")
public class EncodedButRawPrintedServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("user");
    String title = Encode.forHtml(user);
    resp.setContentType("text/html");
    PrintWriter out = resp.getWriter();
    out.println("<title>Welcome " + title + "</title>");
    out.println("<p>Signed in as <b>" + user + "</b></p>");
  }
}
