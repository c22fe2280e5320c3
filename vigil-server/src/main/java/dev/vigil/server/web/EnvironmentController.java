package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentDraft;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryRecord;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A repository's environments: list, add, read and change them; secrets are never answered. */
final class EnvironmentController {
  private final EnvironmentStore environments;
  private final Access access;
  private final EnvironmentEditor editor;
  private final HealthCheckStore healthChecks;
  private final HealthChecks starter;

  EnvironmentController(EnvironmentStore environments, Access access, AuditLog audit,
      HealthCheckStore healthChecks, HealthChecks starter) {
    this.environments = environments;
    this.access = access;
    this.editor = new EnvironmentEditor(environments, audit);
    this.healthChecks = healthChecks;
    this.starter = starter;
  }

  /** {@code GET /api/v1/repositories/{id}/environments}. */
  void list(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    ctx.json(Map.of("items", environments.forRepository(repository.id())));
  }

  /** {@code POST /api/v1/repositories/{id}/environments {name, defaultBranch?, ..., secrets?}}. */
  void create(Context ctx) {
    User user = Authenticator.user(ctx);
    RepositoryRecord repository = access.repository(user, RequestBodies.id(ctx, "repository"));
    EnvironmentEditor.requireManage(user);
    ctx.status(201).json(editor.create(user, repository, draft(RequestBodies.object(ctx))));
  }

  /** {@code GET /api/v1/environments/{id}}. */
  void get(Context ctx) {
    ctx.json(visible(ctx));
  }

  /** {@code PUT /api/v1/environments/{id}}: the same body; a secret given as null is removed. */
  void update(Context ctx) {
    EnvironmentRecord environment = visible(ctx);
    User user = Authenticator.user(ctx);
    EnvironmentEditor.requireManage(user);
    ctx.json(editor.update(user, environment, draft(RequestBodies.object(ctx))));
  }

  /** {@code POST /api/v1/environments/{id}/health-check}: queues a check (202), or answers the live one. */
  void startHealthCheck(Context ctx) {
    EnvironmentRecord environment = visible(ctx);
    ctx.status(202).json(HealthView.of(starter.start(Authenticator.user(ctx), environment)));
  }

  /** {@code GET /api/v1/environments/{id}/health}: the newest check; 404 if none ever ran. */
  void health(Context ctx) {
    EnvironmentRecord environment = visible(ctx);
    ctx.json(HealthView.of(healthChecks.newest(environment.id()).orElseThrow(() -> new ApiException(404,
        "not_found", null, "environment " + environment.id() + " has no health check yet"))));
  }

  /** Returns the environment of the {@code {id}} path parameter; 404 if its repository is not visible. */
  private EnvironmentRecord visible(Context ctx) {
    long id = RequestBodies.id(ctx, "environment");
    EnvironmentRecord environment = environments.find(id)
        .orElseThrow(() -> ApiException.notFound("environment " + id));
    try {
      access.repository(Authenticator.user(ctx), environment.repositoryId());
    } catch (ApiException hidden) {
      throw ApiException.notFound("environment " + id);
    }
    return environment;
  }

  private static EnvironmentDraft draft(JsonNode body) {
    return new EnvironmentDraft(RequestBodies.text(body, "name"),
        RequestBodies.optionalText(body, "defaultBranch"), RequestBodies.optionalText(body, "setupScript"),
        RequestBodies.optionalText(body, "buildCommand"), RequestBodies.optionalText(body, "testCommand"),
        secrets(body.get("secrets")));
  }

  private static Map<String, String> secrets(JsonNode node) {
    Map<String, String> secrets = new LinkedHashMap<>();
    if (node == null || node.isNull()) return secrets;
    if (!node.isObject()) {
      throw ApiException.badRequest("secrets", "secrets must be an object from NAME to a string value or null");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> secret = it.next();
      JsonNode value = secret.getValue();
      if (!value.isNull() && !value.isTextual()) {
        throw ApiException.badRequest("secrets", "the value of a secret must be a string, or null to remove it");
      }
      secrets.put(secret.getKey(), value.isNull() ? null : value.asText());
    }
    return secrets;
  }
}
