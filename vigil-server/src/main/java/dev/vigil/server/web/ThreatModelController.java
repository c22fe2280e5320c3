package dev.vigil.server.web;

import dev.vigil.engine.threatmodel.ThreatModelDiff;
import dev.vigil.engine.threatmodel.ThreatModelException;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.threat.ThreatModels;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's threat model as YAML: read the current version, put a new one (security owners
 * and admins), list versions with author, time, commit and what changed, and read one version.
 */
final class ThreatModelController {
  private static final String YAML = "application/yaml; charset=utf-8";
  private final ThreatModels models;
  private final Access access;
  private final AuditLog audit;

  ThreatModelController(ThreatModels models, Access access, AuditLog audit) {
    this.models = models;
    this.access = access;
    this.audit = audit;
  }

  /** {@code GET /api/v1/repositories/{id}/threat-model}: the current version's YAML. */
  void get(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    ThreatModels.Current current = models.current(repository.id()).orElseThrow(() ->
        new ApiException(404, "not_found", null, "repository " + repository.id()
            + " has no threat model yet: it is inferred when the first backfill finishes"));
    ctx.header("X-Vigil-Threat-Model-Version", String.valueOf(current.version().version()));
    ctx.contentType(YAML).result(current.version().yaml());
  }

  /** {@code PUT /api/v1/repositories/{id}/threat-model} with a YAML body: a new version. */
  void put(Context ctx) {
    User user = Authenticator.user(ctx);
    RepositoryRecord repository = access.repository(user, RequestBodies.id(ctx, "repository"));
    Access.require(user.role().canReject(), user, "edit threat models");
    ThreatModelStore.Version version;
    try {
      version = models.edit(repository.id(), ctx.body(), user.username());
    } catch (ThreatModelException e) {
      throw ApiException.badRequest("line " + e.line(), "invalid threat model at line " + e.line() + ": " + e.reason());
    }
    audit.record(user.username(), "threat-model.edited", "repository " + repository.id(),
        "version " + version.version());
    ctx.status(201).json(summary(version, List.of()));
  }

  /** {@code GET /api/v1/repositories/{id}/threat-model/versions}: oldest first, with diffs. */
  void versions(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    List<ThreatModelStore.Version> versions = models.store().versions(repository.id());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      List<String> changes = i == 0 ? List.of("first version") : ThreatModelDiff.between(
          models.yaml().parse(versions.get(i - 1).yaml()), models.yaml().parse(versions.get(i).yaml())).describe();
      items.add(summary(versions.get(i), changes));
    }
    var status = models.store().status(repository.id());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("needsReview", status.map(ThreatModelStore.Status::needsReview).orElse(false));
    body.put("reviewChanges", status.map(ThreatModelStore.Status::changes).orElse(List.of()));
    body.put("reviewedByPerson", versions.stream().anyMatch(v -> !ThreatModels.INFERENCE_AUTHOR.equals(v.author())));
    ctx.json(body);
  }

  /** {@code GET /api/v1/repositories/{id}/threat-model/versions/{version}}: that version's YAML. */
  void version(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    int number;
    try {
      number = Integer.parseInt(ctx.pathParam("version"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("threat model version " + ctx.pathParam("version"));
    }
    ThreatModelStore.Version version = models.store().version(repository.id(), number)
        .orElseThrow(() -> ApiException.notFound("threat model version " + number));
    ctx.contentType(YAML).result(version.yaml());
  }

  private static Map<String, Object> summary(ThreatModelStore.Version version, List<String> changes) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("version", version.version());
    item.put("author", version.author());
    item.put("createdAt", version.createdAt());
    item.put("commitSha", version.commitSha());
    item.put("changes", changes);
    return item;
  }
}
