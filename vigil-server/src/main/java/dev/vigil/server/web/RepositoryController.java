package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.UserStore;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Connecting repositories, listing them, and granting users access. */
final class RepositoryController {
  private final RepositoryStore repositories;
  private final UserStore users;
  private final Access access;
  private final AuditLog audit;

  RepositoryController(RepositoryStore repositories, UserStore users, Access access, AuditLog audit) {
    this.repositories = repositories;
    this.users = users;
    this.access = access;
    this.audit = audit;
  }

  /** {@code POST /api/v1/repositories {name, url, credential?, pathScope?, defaultBranch?}}. */
  void create(Context ctx) {
    User user = Authenticator.user(ctx);
    Access.require(user.role().canManageRepositories(), user, "connect repositories");
    JsonNode body = RequestBodies.object(ctx);
    String name = RequestBodies.text(body, "name");
    String url = RequestBodies.text(body, "url").trim();
    if (name.length() > 200) throw ApiException.badRequest("name", "name must be at most 200 characters");
    if (RepositoryMirrors.isLocal(url)) {
      if (url.indexOf('\0') >= 0) {
        throw ApiException.badRequest("url", "a local path must not contain a NUL character");
      }
      Path path = Path.of(url);
      if (!path.isAbsolute()) throw ApiException.badRequest("url", "a local path must be absolute: " + url);
      if (!Files.isDirectory(path)) throw ApiException.badRequest("url", "no such directory: " + url);
    } else if (!url.matches("^(https?|ssh|git|file)://\\S+$") && !url.matches("^[\\w.-]+@[\\w.-]+:\\S+$")) {
      throw ApiException.badRequest("url", "expected an absolute local path or a Git URL (https://, ssh://, git@host:path)");
    }
    RepositoryRecord repository = repositories.create(name, url,
        RequestBodies.optionalText(body, "credential"), RequestBodies.optionalText(body, "pathScope"),
        RequestBodies.optionalText(body, "defaultBranch"), user);
    users.grant(user.id(), repository.id());
    audit.record(user.username(), "repository.connected", "repository " + repository.id(), url);
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
