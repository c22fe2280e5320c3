package dev.vigil.server.ui;

import dev.vigil.server.auth.Secrets;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.web.LoginLimiter;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Signing in and out. The sign-in form carries a token that must match a cookie set with it (no
 * session exists yet); a successful sign-in always starts a new session id, and failures are
 * rate-limited per user name and address like the API's.
 */
public final class SignInPages {
  private final UserStore users;
  private final SessionStore sessions;
  private final AuditLog audit;
  private final Templates templates;
  private final LoginLimiter limiter = new LoginLimiter(5, 300);
  private final Secrets secrets = new Secrets();

  SignInPages(UserStore users, SessionStore sessions, AuditLog audit, Templates templates) {
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.templates = templates;
  }

  /** What the sign-in page shows: the form token, the name typed, where to go next, an error. */
  public record SignInView(String token, String username, String next, String error, boolean signedOut,
      boolean insecure) {}

  /** {@code GET /sign-in}. */
  void form(Context ctx) {
    if (sessions.find(ctx.cookie(Cookies.SESSION)).isPresent()) {
      ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    show(ctx, "", ctx.queryParam("next"), null, ctx.queryParam("signed-out") != null);
  }

  /** {@code POST /sign-in}: username, password, the form token and where to go next. */
  void signIn(Context ctx) {
    String username = trimmed(ctx.formParam("username"));
    String next = ctx.formParam("next");
    String cookie = ctx.cookie(Cookies.SIGN_IN);
    String token = ctx.formParam(Gate.CSRF_FIELD);
    if (cookie == null || token == null || !MessageDigest.isEqual(
        cookie.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      ctx.status(403);
      show(ctx, username, next, "The sign-in form expired. Please sign in again.", false);
      return;
    }
    String key = username + "@" + ctx.ip();
    long wait = limiter.retryAfterSeconds(key);
    if (wait > 0) {
      ctx.status(429).header("Retry-After", String.valueOf(wait));
      show(ctx, username, next, "Too many failed sign-ins. Try again in " + wait + " s.", false);
      return;
    }
    Optional<User> user = users.authenticate(username, nullToEmpty(ctx.formParam("password")));
    if (user.isEmpty()) {
      limiter.failed(key);
      audit.record(username.isEmpty() ? "(blank)" : username, "sign-in.failed", null, "web, from " + ctx.ip());
      ctx.status(401);
      show(ctx, username, next, "Wrong user name or password.", false);
      return;
    }
    limiter.succeeded(key);
    sessions.close(ctx.cookie(Cookies.SESSION));
    SessionStore.Opened opened = sessions.open(user.get());
    Cookies.set(ctx, Cookies.SESSION, opened.id());
    Cookies.clear(ctx, Cookies.SIGN_IN);
    audit.record(username, "sign-in", null, "web, from " + ctx.ip());
    ctx.redirect(next(next), HttpStatus.SEE_OTHER);
  }

  /** {@code POST /sign-out}. */
  void signOut(Context ctx, Visit visit) {
    sessions.close(ctx.cookie(Cookies.SESSION));
    Cookies.clear(ctx, Cookies.SESSION);
    audit.record(visit.user().username(), "sign-out", null, "web");
    ctx.redirect("/sign-in?signed-out", HttpStatus.SEE_OTHER);
  }

  private void show(Context ctx, String username, String next, String error, boolean signedOut) {
    String token = secrets.randomText(32);
    Cookies.set(ctx, Cookies.SIGN_IN, token);
    boolean insecure = !"https".equalsIgnoreCase(ctx.scheme()) && Cookies.secure(ctx)
        && !"https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    templates.page(ctx, "signin.jte", new Frame("Sign in", "", null, null, null),
        new SignInView(token, username, next == null ? "" : next, error, signedOut, insecure));
  }

  /** Returns {@code next} if it is a path on this site, else the repositories page. */
  static String next(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.contains("\r") || next.contains("\n")) {
      return "/repositories";
    }
    return next;
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
