package dev.vigil.server.ui;

import dev.vigil.server.store.FieldException;
import dev.vigil.server.web.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door of every page: sets the security headers, requires a live session (else sends the
 * browser to sign in), checks the session's CSRF token on every POST, and turns errors into HTML
 * error pages, in one place. Handlers never catch to report.
 */
public final class Gate {
  private static final Logger log = LoggerFactory.getLogger(Gate.class);
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private final SessionStore sessions;
  private final Templates templates;

  Gate(SessionStore sessions, Templates templates) {
    this.sessions = sessions;
    this.templates = templates;
  }

  /** Returns a handler that runs {@code page} for signed-in browsers only. */
  Handler page(PageHandler page) {
    return ctx -> {
      headers(ctx);
      Optional<Session> session = sessions.find(ctx.cookie(Cookies.SESSION));
      if (session.isEmpty()) {
        sendToSignIn(ctx);
        return;
      }
      Visit visit = new Visit(session.get().user(), session.get().csrf());
      try {
        if (!"GET".equals(ctx.method().name()) && !csrfMatches(ctx, session.get().csrf())) {
          log.warn("refused {} {} from {}: missing or wrong CSRF token", ctx.method(), ctx.path(), ctx.ip());
          throw new ApiException(403, "forbidden", "_csrf",
              "This form has expired or did not come from Vigil. Reload the page and try again.");
        }
        page.handle(ctx, visit);
      } catch (Exception e) {
        error(ctx, visit.frame("Error", ""), e);
      }
    };
  }

  /** Returns a handler for pages that need no session, such as sign-in. */
  Handler open(Handler handler) {
    return ctx -> {
      headers(ctx);
      try {
        handler.handle(ctx);
      } catch (Exception e) {
        error(ctx, new Frame("Error", "", null, null, null), e);
      }
    };
  }

  private void error(Context ctx, Frame frame, Exception e) {
    int status;
    String message;
    if (e instanceof ApiException api) {
      status = api.status();
      message = api.getMessage();
    } else if (e instanceof FieldException || e instanceof IllegalArgumentException) {
      status = 400;
      message = e.getMessage();
    } else {
      log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
      status = 500;
      message = "Something went wrong on the server; the details are in its log.";
    }
    ctx.status(status);
    templates.page(ctx, "error.jte", frame.withNotice(null), new ErrorView(status, title(status), message));
  }

  /** What an error page shows. */
  public record ErrorView(int status, String title, String message) {}

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That did not work";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 429 -> "Too many attempts";
      default -> "Server error";
    };
  }

  private static boolean csrfMatches(Context ctx, String expected) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null) given = ctx.formParam(CSRF_FIELD);
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendToSignIn(Context ctx) {
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String target = "/sign-in" + ("GET".equals(ctx.method().name()) && !ctx.path().equals("/")
        ? "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : "");
    if (ctx.header("HX-Request") != null) {
      ctx.header("HX-Redirect", target).status(401);
      return;
    }
    ctx.redirect(target, HttpStatus.SEE_OTHER);
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }
}
