package dev.vigil.server.ui;

import dev.vigil.engine.threatmodel.ThreatModelDiff;
import dev.vigil.engine.threatmodel.ThreatModelException;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.server.web.Access;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * A repository's threat model: the current version to read and edit (errors shown at their line),
 * the "needs review" banner with the changes that caused it, and every version with its diff.
 */
public final class ThreatModelPage {
  private final ThreatModels models;
  private final AuditLog audit;
  private final Lookups lookups;
  private final Templates templates;

  ThreatModelPage(ThreatModels models, AuditLog audit, Lookups lookups, Templates templates) {
    this.models = models;
    this.audit = audit;
    this.lookups = lookups;
    this.templates = templates;
  }

  /** One version with what changed from the one before, newest first in the page. */
  public record VersionRow(ThreatModelStore.Version version, List<String> changes, boolean inferred) {}

  /** The page: the YAML in the editor, the review status, versions, and an error at a line. */
  public record ThreatModelView(RepositoryRecord repository, String yaml, ThreatModelStore.Version current,
      ThreatModelStore.Status status, List<VersionRow> versions, boolean canEdit, String error,
      Integer errorLine) {}

  /** {@code GET /repositories/{id}/threat-model}. */
  void show(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    Frame frame = visit.frame("Threat model · " + repository.name(), "repositories");
    if (ctx.queryParam("saved") != null) {
      frame = frame.withNotice("Saved as a new version. Rankings use it from now on.");
    }
    String yaml = models.store().latest(repository.id()).map(ThreatModelStore.Version::yaml).orElse("");
    templates.page(ctx, "threat_model.jte", frame, view(visit, repository, yaml, null, null));
  }

  /** {@code POST /repositories/{id}/threat-model}: yaml; a new version, or the error in place. */
  void save(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    Access.require(visit.user().role().canReject(), visit.user(), "edit threat models");
    String yaml = ctx.formParam("yaml") == null ? "" : ctx.formParam("yaml");
    try {
      ThreatModelStore.Version version = models.edit(repository.id(), yaml, visit.user().username());
      audit.record(visit.user().username(), "threat-model.edited", "repository " + repository.id(),
          "version " + version.version() + ", web");
      ctx.redirect("/repositories/" + repository.id() + "/threat-model?saved", HttpStatus.SEE_OTHER);
    } catch (ThreatModelException e) {
      ctx.status(400);
      templates.page(ctx, "threat_model.jte", visit.frame("Threat model · " + repository.name(), "repositories"),
          view(visit, repository, yaml, "Line " + e.line() + ": " + e.reason(), e.line()));
    }
  }

  private ThreatModelView view(Visit visit, RepositoryRecord repository, String yaml, String error,
      Integer errorLine) {
    List<ThreatModelStore.Version> versions = models.store().versions(repository.id());
    List<VersionRow> rows = new ArrayList<>();
    for (int i = versions.size() - 1; i >= 0; i--) {
      rows.add(new VersionRow(versions.get(i), i == 0 ? List.of("first version") : changes(versions.get(i - 1),
          versions.get(i)), ThreatModels.INFERENCE_AUTHOR.equals(versions.get(i).author())));
    }
    return new ThreatModelView(repository, yaml, versions.isEmpty() ? null : versions.get(versions.size() - 1),
        models.store().status(repository.id()).orElse(null), rows, visit.user().role().canReject(),
        error, errorLine);
  }

  private List<String> changes(ThreatModelStore.Version older, ThreatModelStore.Version newer) {
    try {
      List<String> lines = ThreatModelDiff.between(models.yaml().parse(older.yaml()),
          models.yaml().parse(newer.yaml())).describe();
      return lines.isEmpty() ? List.of("no change to the model") : lines;
    } catch (ThreatModelException e) {
      return List.of("cannot compare: " + e.getMessage());
    }
  }
}
