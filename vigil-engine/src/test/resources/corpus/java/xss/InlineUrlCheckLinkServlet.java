// vigil-expect: safe cwe=79
// case: inline try/catch around new URL(link).toURI(); the handler answers 400 on failure and only then writes the link into a double-quoted href
package corpus.xss;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class InlineUrlCheckLinkServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String link = req.getParameter("homepage");
    try {
      new URL(link).toURI().parseServerAuthority();
    } catch (Exception e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/html");
    // ok: java.xss
    resp.getWriter().print("<p>Home page: <a href=\"" + link + "\">visit</a></p>");
  }
}
