// vigil-expect: vulnerable cwe=79
// case: only new URL(link) is tried: http://x/"onmouseover="alert(1) is a valid URL whose quote breaks out of the href
package corpus.xss;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class UrlConstructorOnlyLinkServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String link = req.getParameter("homepage");
    try {
      new URL(link);
    } catch (MalformedURLException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/html");
    // ruleid: java.xss
    resp.getWriter().print("<p>Home page: <a href=\"" + link + "\">visit</a></p>");
  }
}
