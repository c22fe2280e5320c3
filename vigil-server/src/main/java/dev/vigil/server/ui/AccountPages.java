package dev.vigil.server.ui;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.web.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The account page: who you are, what your role allows, and your API tokens. */
public final class AccountPages {
  private final UserStore users;
  private final AuditLog audit;
  private final Jdbi jdbi;
  private final Templates templates;

  AccountPages(UserStore users, AuditLog audit, Jdbi jdbi, Templates templates) {
    this.users = users;
    this.audit = audit;
    this.jdbi = jdbi;
    this.templates = templates;
  }

  /** An API token as listed: only its first characters are known after it was shown once. */
  public record TokenRow(long id, String prefix, Instant createdAt, Instant lastUsedAt) {}

  /** The account page; {@code newToken} is set only in the answer that created it. */
  public record AccountView(User user, List<String> allowed, List<TokenRow> tokens, String newToken) {}

  /** {@code GET /account}. */
  void show(Context ctx, Visit visit) {
    Frame frame = visit.frame("Account", "account");
    if (ctx.queryParam("revoked") != null) frame = frame.withNotice("Token revoked: it no longer works.");
    templates.page(ctx, "account.jte", frame, view(visit.user(), null));
  }

  /** {@code POST /account/tokens}: creates a token and shows it once, in this answer only. */
  void createToken(Context ctx, Visit visit) {
    String token = users.issueToken(visit.user());
    audit.record(visit.user().username(), "token.issued", null, "web, from " + ctx.ip());
    templates.page(ctx, "account.jte", visit.frame("Account", "account"), view(visit.user(), token));
  }

  /** {@code POST /account/tokens/{id}/revoke}: deletes one of the user's own tokens. */
  void revokeToken(Context ctx, Visit visit) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("token " + ctx.pathParam("id"));
    }
    int deleted = jdbi.withHandle(h -> h.createUpdate("DELETE FROM api_tokens WHERE id = ? AND user_id = ?")
        .bind(0, id).bind(1, visit.user().id()).execute());
    if (deleted == 0) throw ApiException.notFound("token " + id);
    audit.record(visit.user().username(), "token.revoked", "token " + id, "web");
    ctx.redirect("/account?revoked", HttpStatus.SEE_OTHER);
  }

  private AccountView view(User user, String newToken) {
    List<TokenRow> tokens = jdbi.withHandle(h -> h.createQuery("SELECT id, prefix, created_at, last_used_at "
            + "FROM api_tokens WHERE user_id = ? ORDER BY id DESC")
        .bind(0, user.id())
        .map((rs, c) -> new TokenRow(rs.getLong("id"), rs.getString("prefix"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("last_used_at", OffsetDateTime.class) == null ? null
                : rs.getObject("last_used_at", OffsetDateTime.class).toInstant()))
        .list());
    return new AccountView(user, allowed(user), tokens, newToken);
  }

  private static List<String> allowed(User user) {
    List<String> allowed = new ArrayList<>();
    allowed.add(user.isAdmin() ? "See every repository" : "See the repositories granted to you");
    if (user.role().canManageRepositories()) allowed.add("Connect repositories");
    if (user.role().canScan()) allowed.add("Start scans");
    if (user.role().canTriage()) allowed.add("Triage findings: defer, accept, assign, reopen");
    if (user.role().canReject()) allowed.add("Reject findings as false positives");
    if (user.isAdmin()) allowed.add("Manage users, grant access and read the audit log");
    if (!user.role().canTriage()) allowed.add("Read only: no triage actions");
    return allowed;
  }
}
