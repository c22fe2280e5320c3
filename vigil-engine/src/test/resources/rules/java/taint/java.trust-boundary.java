package samples;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

public class TrustBoundarySamples {
  public void remember(HttpServletRequest request) {
    String role = request.getParameter("role");
    // ruleid: java.trust-boundary
    request.getSession().setAttribute("role", role);
  }

  public void legacy(HttpServletRequest request) {
    HttpSession session = request.getSession();
    // ruleid: java.trust-boundary
    session.putValue("user", request.getHeader("X-User"));
  }

  public void validated(HttpServletRequest request) {
    String theme = request.getParameter("theme");
    if ("dark".equals(theme) || "light".equals(theme)) {
      // ok: java.trust-boundary
      request.getSession().setAttribute("theme", theme);
    }
  }

  public void constant(HttpServletRequest request) {
    // ok: java.trust-boundary
    request.getSession().setAttribute("visited", "yes");
  }
}
