package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.UserStore;
import io.javalin.http.Context;
import java.util.Map;

/** Users and the audit log: admins only. */
final class AdminController {
  private final UserStore users;
  private final AuditLog audit;

  AdminController(UserStore users, AuditLog audit) {
    this.users = users;
    this.audit = audit;
  }

  /** {@code GET /api/v1/me}. */
  void me(Context ctx) {
    ctx.json(UserView.of(Authenticator.user(ctx)));
  }

  /** {@code POST /api/v1/users {username, password, role}}. */
  void createUser(Context ctx) {
    User admin = Authenticator.user(ctx);
    Access.require(admin.isAdmin(), admin, "manage users");
    JsonNode body = RequestBodies.object(ctx);
    Role role;
    try {
      role = Role.parse(RequestBodies.text(body, "role"));
    } catch (IllegalArgumentException e) {
      throw new FieldException("role", e.getMessage());
    }
    User created;
    try {
      created = users.create(RequestBodies.text(body, "username"), RequestBodies.text(body, "password"), role);
    } catch (IllegalArgumentException e) {
      throw new FieldException(e.getMessage().startsWith("password") ? "password" : "username", e.getMessage());
    }
    audit.record(admin.username(), "user.created", created.username(), role.label());
    ctx.status(201).json(UserView.of(created));
  }

  /** {@code GET /api/v1/users}. */
  void listUsers(Context ctx) {
    User admin = Authenticator.user(ctx);
    Access.require(admin.isAdmin(), admin, "manage users");
    ctx.json(Map.of("items", users.all().stream().map(UserView::of).toList()));
  }

  /** {@code GET /api/v1/audit?before=ID&limit=N}: newest first. */
  void audit(Context ctx) {
    User admin = Authenticator.user(ctx);
    Access.require(admin.isAdmin(), admin, "read the audit log");
    String limitText = ctx.queryParam("limit");
    int limit = 100;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText.trim());
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1 || limit > 500) {
        throw ApiException.badRequest("limit", "limit must be an integer from 1 to 500, got '" + limitText + "'");
      }
    }
    Long before = QueryParams.number(ctx, "before");
    ctx.json(Map.of("items", audit.newest(limit, before)));
  }
}
