package samples;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import jenkins.model.Jenkins;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Held-out samples for stored flows through HTTP session attributes and for exception messages
 * that carry input. Written before the engine supports either (issue 14, capability 9).
 */
public class StoredFlowSamples extends HttpServlet {
  private static final String RETURN_TO = StoredFlowSamples.class.getName() + ".returnTo";
  private static final String NICKNAME = "app.nickname";
  private static final String THEME = "app.theme";
  private static final String SAFE_NOTE = "app.note";
  private static final String ESCAPED_BIO = "app.bio";

  /** Keeps where to go after login, the nickname and more, in the session: the first request. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession();
    // ruleid: java.trust-boundary
    session.setAttribute(RETURN_TO, request.getHeader("Referer"));
    // ruleid: java.trust-boundary
    session.setAttribute(NICKNAME, request.getParameter("nick"));
    session.setAttribute(THEME, "dark");
    // overwritten with a constant before the request ends
    // ruleid: java.trust-boundary
    session.setAttribute(SAFE_NOTE, request.getParameter("note"));
    session.setAttribute(SAFE_NOTE, "no note");
    // ruleid: java.trust-boundary
    session.setAttribute(ESCAPED_BIO, StringEscapeUtils.escapeHtml4(request.getParameter("bio")));
    // stored under a key the client chooses: no constant key is written
    // ruleid: java.trust-boundary
    session.setAttribute(request.getParameter("slot"), request.getParameter("value"));
    remember(session, request.getParameter("city"));
  }

  private void remember(HttpSession session, String city) {
    // ruleid: java.trust-boundary
    session.setAttribute("app.city", city);
  }

  /** Reads the session back: the second request. */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession();
    PrintWriter out = response.getWriter();
    String nick = (String) session.getAttribute(NICKNAME);
    // ruleid: java.xss
    out.println("<h1>Hello " + nick + "</h1>");
    // ruleid: java.xss
    out.println("<p>" + session.getAttribute("app.city") + "</p>");
    // ok: java.xss
    out.println("<body class='" + session.getAttribute(THEME) + "'>");
    // ok: java.xss
    out.println("<p>" + session.getAttribute(SAFE_NOTE) + "</p>");
    // ok: java.xss
    out.println("<p>" + session.getAttribute(ESCAPED_BIO) + "</p>");
    // a lookup by a key the client chooses returns nothing the client stored under a constant key
    // ok: java.xss
    out.println("<p>" + session.getAttribute(request.getParameter("which")) + "</p>");
    // ok: java.xss
    out.println("<p>" + session.getAttribute("app.unknown") + "</p>");
    String target = (String) session.getAttribute(RETURN_TO);
    if (target != null) {
      // ruleid: java.open-redirect
      response.sendRedirect(target);
    }
    String home = (String) session.getAttribute(THEME);
    // ok: java.open-redirect
    response.sendRedirect("/" + home);
  }
}

/** Exception messages that carry input, and look-alikes built from constants. */
class ExceptionMessageSamples extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    PrintWriter out = response.getWriter();
    String query = request.getParameter("q");
    try {
      search(query);
    } catch (QueryException e) {
      // ruleid: java.xss
      out.println("<div class='error'>" + e.getMessage() + "</div>");
    }
    try {
      if (query.endsWith("*")) throw new IllegalArgumentException("wildcard query: " + query);
    } catch (IllegalArgumentException e) {
      // ruleid: java.xss
      out.println("<div>" + e.getLocalizedMessage() + "</div>");
    }
    try {
      check(query);
    } catch (QueryException e) {
      // ok: java.xss
      out.println("<div>" + e.getMessage() + "</div>");
    }
    try {
      if (query.length() > 100) throw new IllegalStateException("query too long");
    } catch (IllegalStateException e) {
      // ok: java.xss
      out.println("<div>" + e + "</div>");
    }
    try {
      searchEscaped(query);
    } catch (QueryException e) {
      // ok: java.xss
      out.println("<div>" + e.getMessage() + "</div>");
    }
    try {
      nested(query);
    } catch (Exception e) {
      // ruleid: java.xss
      out.println("<div>" + e.toString() + "</div>");
    }
  }

  private void search(String query) throws QueryException {
    if (query.contains("(")) {
      throw new QueryException("Cannot parse query [" + query + "]");
    }
  }

  private void check(String query) throws QueryException {
    if (query.contains("(")) {
      throw new QueryException("Cannot parse the query");
    }
  }

  private void searchEscaped(String query) throws QueryException {
    if (query.contains("(")) {
      throw new QueryException("Cannot parse [" + StringEscapeUtils.escapeHtml4(query) + "]");
    }
  }

  private void nested(String query) throws QueryException {
    try {
      search(query);
    } catch (QueryException e) {
      throw new QueryException("search failed: " + e.getMessage());
    }
  }
}

class QueryException extends Exception {
  QueryException(String message) {
    super(message);
  }
}

/**
 * Added after the batch above was measured (not held out): a redirect target checked to start
 * with the site's configured root URL, as Jenkins plugins do.
 */
class SiteRootRedirectSamples extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String back = request.getParameter("back");
    if (back.startsWith(Jenkins.get().getRootUrl())) {
      // ok: java.open-redirect
      response.sendRedirect(back);
    }
    if (back.startsWith(Jenkins.get().getRootUrlFromRequest())) {
      // ruleid: java.open-redirect
      response.sendRedirect(back);
    }
  }
}

/**
 * Added after the batch above was measured (not held out): the exception comes from an
 * implementation reached through a registry's typed lookup ({@code <T> T manager(Class<T>)}).
 */
class ManagerLookupSamples extends HttpServlet {
  interface Registry {
    <T> T manager(Class<T> type);
  }

  interface Finder {
    void find(String query) throws QueryException;
  }

  static class IndexFinder implements Finder {
    @Override
    public void find(String query) throws QueryException {
      throw new QueryException("no index entry for " + query);
    }
  }

  private Registry registry;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    PrintWriter out = response.getWriter();
    try {
      registry.manager(Finder.class).find(request.getParameter("q"));
    } catch (QueryException e) {
      // ruleid: java.xss
      out.println("<div>" + e.getMessage() + "</div>");
    }
  }
}
