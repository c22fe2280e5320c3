// vigil-expect: vulnerable cwe=79
// case: the helper only parses the link with new URI(link); "javascript:alert(document.cookie)" is a valid URI and runs when the link is clicked
package corpus.xss;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class UriSyntaxOnlyLinkServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String link = req.getParameter("link");
    if (!parses(link)) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/html");
    // ruleid: java.xss
    resp.getWriter().print("<a href=\"" + link + "\">report this page</a>");
  }

  boolean parses(String link) {
    try {
      new URI(link);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
