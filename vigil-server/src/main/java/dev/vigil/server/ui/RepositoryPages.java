package dev.vigil.server.ui;

import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.RepositoryConnector;
import dev.vigil.server.web.ScanView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** The repositories a user may see, and connecting a new one. */
public final class RepositoryPages {
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final FindingStore findings;
  private final RepositoryConnector connector;
  private final Templates templates;

  RepositoryPages(RepositoryStore repositories, ScanStore scans, FindingStore findings,
      RepositoryConnector connector, Templates templates) {
    this.repositories = repositories;
    this.scans = scans;
    this.findings = findings;
    this.connector = connector;
    this.templates = templates;
  }

  /** One row of the repositories table; the location has any password masked. */
  public record RepositoryRow(RepositoryRecord repository, String location, ScanView lastScan, long findings) {}

  /** The repositories page. */
  public record RepositoriesView(List<RepositoryRow> rows, boolean canConnect) {}

  /** The connect form, refilled after an error; the credential is never sent back. */
  public record ConnectView(String name, String url, String pathScope, String defaultBranch,
      boolean credentialWasGiven, String error, String errorField) {}

  /** {@code GET /repositories}. */
  void list(Context ctx, Visit visit) {
    List<RepositoryRow> rows = repositories.visibleTo(visit.user()).stream()
        .map(r -> new RepositoryRow(r, Masking.location(r.url()),
            scans.forRepository(r.id()).stream().findFirst().map(ScanView::of).orElse(null),
            findings.count(r.id())))
        .toList();
    templates.page(ctx, "repositories.jte", visit.frame("Repositories", "repositories"),
        new RepositoriesView(rows, visit.user().role().canManageRepositories()));
  }

  /** {@code GET /repositories/new}. */
  void form(Context ctx, Visit visit) {
    requireConnect(visit);
    templates.page(ctx, "repository_new.jte", visit.frame("Connect a repository", "repositories"),
        new ConnectView("", "", "", "", false, null, null));
  }

  /** {@code POST /repositories}: name, url, credential, pathScope, defaultBranch. */
  void connect(Context ctx, Visit visit) {
    requireConnect(visit);
    String credential = ctx.formParam("credential");
    try {
      RepositoryRecord repository = connector.connect(visit.user(), ctx.formParam("name"),
          ctx.formParam("url"), credential, ctx.formParam("pathScope"), ctx.formParam("defaultBranch"));
      ctx.redirect("/repositories/" + repository.id() + "?connected", HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() != 400) throw e;
      ctx.status(400);
      templates.page(ctx, "repository_new.jte", visit.frame("Connect a repository", "repositories"),
          new ConnectView(value(ctx, "name"), value(ctx, "url"), value(ctx, "pathScope"),
              value(ctx, "defaultBranch"), credential != null && !credential.isBlank(),
              e.getMessage(), e.field()));
    }
  }

  private static void requireConnect(Visit visit) {
    dev.vigil.server.web.Access.require(visit.user().role().canManageRepositories(), visit.user(),
        "connect repositories");
  }

  private static String value(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
