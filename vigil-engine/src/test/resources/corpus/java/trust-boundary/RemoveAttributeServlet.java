// vigil-expect: safe cwe=501
// case: the request only names an allowed attribute to remove; a constant flag is stored
package corpus.trust;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class RemoveAttributeServlet extends HttpServlet {
  private static final Set<String> DISMISSABLE = Set.of("banner.cookies", "banner.survey");

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String banner = req.getParameter("banner");
    HttpSession session = req.getSession();
    if (DISMISSABLE.contains(banner)) {
      session.removeAttribute(banner);
      session.setAttribute("banner.dismissed", Boolean.TRUE);
    }
    resp.setStatus(204);
  }
}
