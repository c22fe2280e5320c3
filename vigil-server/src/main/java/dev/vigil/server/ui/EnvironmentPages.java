package dev.vigil.server.ui;

import dev.vigil.server.store.EnvironmentDraft;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.EnvironmentEditor;
import dev.vigil.server.web.HealthChecks;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's environments with their secrets masked and their newest health check, the
 * button that runs one, and the form that adds an environment.
 */
public final class EnvironmentPages {
  /** How many secret rows the add form offers. */
  static final int SECRET_ROWS = 4;
  private final EnvironmentStore environments;
  private final EnvironmentEditor editor;
  private final Lookups lookups;
  private final Templates templates;
  private final HealthCheckStore healthChecks;
  private final HealthChecks starter;

  EnvironmentPages(EnvironmentStore environments, EnvironmentEditor editor, Lookups lookups,
      Templates templates, HealthCheckStore healthChecks, HealthChecks starter) {
    this.environments = environments;
    this.editor = editor;
    this.lookups = lookups;
    this.templates = templates;
    this.healthChecks = healthChecks;
    this.starter = starter;
  }

  /** The add form as typed, refilled after an error; secret values are never sent back. */
  public record AddView(String name, String defaultBranch, String setupScript, String buildCommand,
      String testCommand, List<String> secretNames, String error, String errorField) {}

  /**
   * The page: the environments, the newest health check of each by environment id, whether the
   * user may add an environment and run checks, and the add form.
   */
  public record EnvironmentsView(RepositoryRecord repository, List<EnvironmentRecord> environments,
      Map<Long, HealthCheckRecord> health, boolean canManage, boolean canCheck, AddView form) {}

  /** One environment's health for the fragment that polls it while the check is live. */
  public record HealthFragment(long repositoryId, long environmentId, HealthCheckRecord check,
      boolean canCheck, String csrf) {}

  /** {@code GET /repositories/{id}/environments}. */
  void show(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    Frame frame = frame(visit, repository);
    if (ctx.queryParam("added") != null) frame = frame.withNotice("Environment added. Its secrets are stored encrypted.");
    render(ctx, frame, repository, visit,
        new AddView("", "", "", "", "", Collections.nCopies(SECRET_ROWS, ""), null, null));
  }

  /** {@code POST /repositories/{id}/environments/{environmentId}/health-check}: queues a check. */
  void check(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    EnvironmentRecord environment = environment(ctx, repository);
    starter.start(visit.user(), environment);
    ctx.redirect("/repositories/" + repository.id() + "/environments#environment-" + environment.id(),
        HttpStatus.SEE_OTHER);
  }

  /** {@code GET /repositories/{id}/environments/{environmentId}/health}: the health fragment. */
  void health(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    EnvironmentRecord environment = environment(ctx, repository);
    ctx.html(templates.render("environment_health.jte", Map.of("health", new HealthFragment(repository.id(),
        environment.id(), healthChecks.newest(environment.id()).orElse(null), visit.user().role().canScan(),
        visit.csrf()))));
  }

  /** {@code POST /repositories/{id}/environments}: the fields and rows of secretName, secretValue. */
  void add(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    EnvironmentEditor.requireManage(visit.user());
    List<String> names = ctx.formParams("secretName");
    List<String> values = ctx.formParams("secretValue");
    try {
      editor.create(visit.user(), repository, new EnvironmentDraft(ctx.formParam("name"),
          ctx.formParam("defaultBranch"), ctx.formParam("setupScript"), ctx.formParam("buildCommand"),
          ctx.formParam("testCommand"), secrets(names, values)));
      ctx.redirect("/repositories/" + repository.id() + "/environments?added", HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() != 400) throw e;
      ctx.status(400);
      render(ctx, frame(visit, repository), repository, visit, new AddView(value(ctx, "name"),
          value(ctx, "defaultBranch"), value(ctx, "setupScript"), value(ctx, "buildCommand"),
          value(ctx, "testCommand"), rows(names), e.getMessage(), e.field()));
    }
  }

  private void render(Context ctx, Frame frame, RepositoryRecord repository, Visit visit, AddView form) {
    templates.page(ctx, "environments.jte", frame, new EnvironmentsView(repository,
        environments.forRepository(repository.id()), healthChecks.newestOfRepository(repository.id()),
        visit.user().role().canManageRepositories(), visit.user().role().canScan(), form));
  }

  private EnvironmentRecord environment(Context ctx, RepositoryRecord repository) {
    String raw = ctx.pathParam("environmentId");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("environment " + raw);
    }
    return environments.find(id).filter(e -> e.repositoryId() == repository.id())
        .orElseThrow(() -> ApiException.notFound("environment " + id));
  }

  private static Frame frame(Visit visit, RepositoryRecord repository) {
    return visit.frame("Environments · " + repository.name(), "repositories");
  }

  /** Returns the secrets of the form's rows; a row left empty is skipped, a value without a name is an error. */
  private static Map<String, String> secrets(List<String> names, List<String> values) {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (int i = 0; i < Math.max(names.size(), values.size()); i++) {
      String name = i < names.size() ? names.get(i).trim() : "";
      String value = i < values.size() ? values.get(i) : "";
      if (name.isEmpty() && value.isEmpty()) continue;
      if (name.isEmpty()) throw ApiException.badRequest("secrets", "a secret value was given without its name");
      if (secrets.containsKey(name)) throw ApiException.badRequest("secrets", "secret " + name + " is given twice");
      secrets.put(name, value);
    }
    return secrets;
  }

  private static List<String> rows(List<String> names) {
    List<String> rows = new ArrayList<>(names.stream().map(String::trim).toList());
    while (rows.size() < SECRET_ROWS) rows.add("");
    return rows;
  }

  private static String value(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
