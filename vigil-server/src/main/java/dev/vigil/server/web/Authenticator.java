package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.UserStore;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates API calls: HTTP Basic only to obtain a token, then {@code Authorization: Bearer}
 * on every other call. The user is kept on the request for the handlers.
 */
final class Authenticator {
  private static final String USER = "vigil.user";
  private final UserStore users;
  private final AuditLog audit;
  private final BrowserSessions sessions;
  private final LoginLimiter limiter = new LoginLimiter(5, 300);

  Authenticator(UserStore users, AuditLog audit, BrowserSessions sessions) {
    this.users = users;
    this.audit = audit;
    this.sessions = sessions;
  }

  /**
   * Before-handler: requires a valid bearer token, or the web UI's session cookie; a browser's
   * writes must also carry its CSRF token in {@code X-CSRF-Token}, so other sites cannot forge them.
   */
  void requireToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null && sessions != null) {
      var session = sessions.find(ctx);
      if (session.isPresent()) {
        boolean write = !"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name());
        String csrf = ctx.header("X-CSRF-Token");
        if (write && (csrf == null || !java.security.MessageDigest.isEqual(
            csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            session.get().csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
          throw new ApiException(403, "forbidden", "X-CSRF-Token",
              "a browser session must send its CSRF token in X-CSRF-Token to change anything");
        }
        ctx.attribute(USER, session.get().user());
        return;
      }
    }
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiException.unauthorized("missing bearer token: POST /api/v1/tokens with HTTP Basic "
          + "credentials to get one");
    }
    User user = users.byToken(header.substring(7).trim())
        .orElseThrow(() -> ApiException.unauthorized("unknown or revoked token"));
    ctx.attribute(USER, user);
  }

  /** Returns the authenticated user of the request. */
  static User user(Context ctx) {
    User user = ctx.attribute(USER);
    if (user == null) throw ApiException.unauthorized("not signed in");
    return user;
  }

  /** {@code POST /api/v1/tokens}: exchanges HTTP Basic credentials for an API token. */
  void issueToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      ctx.header("WWW-Authenticate", "Basic realm=\"vigil\"");
      throw ApiException.unauthorized("HTTP Basic credentials required");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.unauthorized("malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) throw ApiException.unauthorized("malformed Basic credentials");
    String username = decoded.substring(0, colon);
    String key = username + "@" + ctx.ip();
    long wait = limiter.retryAfterSeconds(key);
    if (wait > 0) {
      ctx.header("Retry-After", String.valueOf(wait));
      throw new ApiException(429, "too_many_attempts", null,
          "too many failed sign-ins: try again in " + wait + " s");
    }
    Optional<User> user = users.authenticate(username, decoded.substring(colon + 1));
    if (user.isEmpty()) {
      limiter.failed(key);
      audit.record(username, "sign-in.failed", null, "from " + ctx.ip());
      throw ApiException.unauthorized("wrong user name or password");
    }
    limiter.succeeded(key);
    audit.record(username, "token.issued", null, "from " + ctx.ip());
    ctx.status(201).json(Map.of("token", users.issueToken(user.get())));
  }
}
