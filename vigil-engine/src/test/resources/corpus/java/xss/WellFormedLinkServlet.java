// vigil-expect: safe cwe=79
// case: the link is written into a double-quoted href only after a helper proved new URL(link).toURI() succeeds (a JDK URL protocol, so no javascript:, and URI syntax, so no quote or angle bracket)
package corpus.xss;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class WellFormedLinkServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String link = req.getParameter("link");
    if (link == null || !isWellFormedLink(link)) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/html");
    // ok: java.xss
    resp.getWriter().print("<a href=\"" + link + "\">report this page</a>");
  }

  boolean isWellFormedLink(String link) {
    try {
      new URL(link).toURI();
    } catch (MalformedURLException | URISyntaxException e) {
      return false;
    }
    return true;
  }
}
