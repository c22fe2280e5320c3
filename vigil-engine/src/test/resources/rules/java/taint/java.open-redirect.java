package samples;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class RedirectSamples {
  public void next(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String target = request.getParameter("next");
    // ruleid: java.open-redirect
    response.sendRedirect(target);
  }

  public void header(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(302);
    // ruleid: java.open-redirect
    response.setHeader("Location", request.getParameter("next"));
  }

  public void allowListed(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String target = request.getParameter("next");
    if (!target.equals("/home") && !target.equals("/account")) {
      target = "/home";
    }
    // ok: java.open-redirect
    response.sendRedirect(target);
  }

  public void relative(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // ok: java.open-redirect
    response.sendRedirect("/login");
  }

  public void localOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String next = request.getParameter("next");
    if (next.startsWith("/") && !next.startsWith("//")) {
      // ok: java.open-redirect
      response.sendRedirect(next);
    }
    if (next.startsWith("/")) {
      // ruleid: java.open-redirect
      response.sendRedirect(next);
    }
  }

  public void refresh(HttpServletRequest request, HttpServletResponse response) {
    // ruleid: java.open-redirect, java.header-injection
    response.setHeader("Refresh", "0; url=" + request.getParameter("next"));
  }
}
