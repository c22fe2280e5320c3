package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.UserStore;
import io.javalin.http.Context;
import java.util.Map;

/** Connecting repositories, listing them, and granting users access. */
final class RepositoryController {
  private final RepositoryStore repositories;
  private final UserStore users;
  private final Access access;
  private final AuditLog audit;
  private final RepositoryConnector connector;

  RepositoryController(RepositoryStore repositories, UserStore users, Access access, AuditLog audit) {
    this.repositories = repositories;
    this.users = users;
    this.access = access;
    this.audit = audit;
    this.connector = new RepositoryConnector(repositories, users, audit);
  }

  /** {@code POST /api/v1/repositories {name, url, credential?, pathScope?, defaultBranch?}}. */
  void create(Context ctx) {
    User user = Authenticator.user(ctx);
    Access.require(user.role().canManageRepositories(), user, "connect repositories");
    JsonNode body = RequestBodies.object(ctx);
    RepositoryRecord repository = connector.connect(user, RequestBodies.text(body, "name"),
        RequestBodies.text(body, "url"), RequestBodies.optionalText(body, "credential"),
        RequestBodies.optionalText(body, "pathScope"), RequestBodies.optionalText(body, "defaultBranch"));
    ctx.status(201).json(repository);
  }

  /** {@code GET /api/v1/repositories}. */
  void list(Context ctx) {
    ctx.json(Map.of("items", repositories.visibleTo(Authenticator.user(ctx))));
  }

  /** {@code GET /api/v1/repositories/{id}}. */
  void get(Context ctx) {
    ctx.json(access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository")));
  }

  /** {@code POST /api/v1/repositories/{id}/grants {username}}: admins only. */
  void grant(Context ctx) {
    User user = Authenticator.user(ctx);
    Access.require(user.isAdmin(), user, "grant access");
    RepositoryRecord repository = access.repository(user, RequestBodies.id(ctx, "repository"));
    String username = RequestBodies.text(RequestBodies.object(ctx), "username");
    User grantee = users.find(username)
        .orElseThrow(() -> ApiException.badRequest("username", "no user named '" + username + "'"));
    users.grant(grantee.id(), repository.id());
    audit.record(user.username(), "repository.granted", "repository " + repository.id(), username);
    ctx.status(204);
  }
}
