package dev.vigil.server.ui;

import dev.vigil.server.github.GitHubException;
import dev.vigil.server.github.GitHubRepository;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.OrganisationConnect;
import dev.vigil.server.web.RepositoryConnector;
import dev.vigil.server.web.ScanView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** The repositories a user may see, and connecting a new one. */
public final class RepositoryPages {
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final FindingStore findings;
  private final RepositoryConnector connector;
  private final Templates templates;
  private final OrganisationConnect organisations;

  RepositoryPages(RepositoryStore repositories, ScanStore scans, FindingStore findings,
      RepositoryConnector connector, Templates templates, OrganisationConnect organisations) {
    this.organisations = organisations;
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

  /**
   * The connect page: the one-repository form and the organisation form, each refilled after its
   * error; credentials and tokens are never sent back.
   */
  public record ConnectView(String name, String url, String pathScope, String defaultBranch,
      boolean credentialWasGiven, String error, String errorField, String organisation, String apiBase,
      String githubError) {
    static ConnectView empty() {
      return new ConnectView("", "", "", "", false, null, null, "", "", null);
    }
  }

  /** The repositories of an organisation to choose from, or why they could not be listed. */
  public record GitHubListView(String organisation, List<GitHubRepository> repositories, String error) {}

  /** {@code GET /repositories}. */
  void list(Context ctx, Visit visit) {
    List<RepositoryRow> rows = repositories.visibleTo(visit.user()).stream()
        .map(r -> new RepositoryRow(r, Masking.location(r.url()),
            scans.forRepository(r.id()).stream().findFirst().map(ScanView::of).orElse(null),
            findings.count(r.id())))
        .toList();
    Frame frame = visit.frame("Repositories", "repositories");
    String connected = ctx.queryParam("connected");
    if (connected != null && connected.matches("\\d{1,4}")) {
      frame = frame.withNotice(connected + (connected.equals("1") ? " repository" : " repositories")
          + " connected from GitHub. Create a scan of each to walk its history.");
    }
    templates.page(ctx, "repositories.jte", frame,
        new RepositoriesView(rows, visit.user().role().canManageRepositories()));
  }

  /** {@code GET /repositories/new}. */
  void form(Context ctx, Visit visit) {
    requireConnect(visit);
    templates.page(ctx, "repository_new.jte", visit.frame("Connect a repository", "repositories"),
        ConnectView.empty());
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
              e.getMessage(), e.field(), "", "", null));
    }
  }

  /** {@code POST /repositories/github/list} (htmx): the organisation's repositories as checkboxes, or the error. */
  void listOrganisation(Context ctx, Visit visit) {
    requireConnect(visit);
    String organisation = value(ctx, "organisation").trim();
    GitHubListView view;
    if (organisation.isEmpty() || value(ctx, "token").isBlank()) {
      view = new GitHubListView(organisation, List.of(), "Enter the organisation and a token first.");
    } else {
      try {
        view = new GitHubListView(organisation, organisations.list(ctx.formParam("apiBase"), value(ctx, "token").trim(),
            organisation), null);
      } catch (GitHubException | IllegalArgumentException e) {
        view = new GitHubListView(organisation, List.of(), e.getMessage());
      }
    }
    ctx.html(templates.render("github_repositories.jte", Map.of("view", view)));
  }

  /** {@code POST /repositories/github}: connects the chosen repositories of the organisation. */
  void connectOrganisation(Context ctx, Visit visit) {
    requireConnect(visit);
    try {
      List<RepositoryRecord> connected = organisations.connect(visit.user(), new OrganisationConnect.Request(
          ctx.formParam("apiBase"), value(ctx, "token").trim(), value(ctx, "organisation").trim(),
          ctx.formParams("repositories"), ctx.formParam("environment"), ctx.formParam("pathScope"),
          "true".equals(ctx.formParam("uploadSarif"))));
      ctx.redirect("/repositories?connected=" + connected.size(), HttpStatus.SEE_OTHER);
    } catch (ApiException | GitHubException | IllegalArgumentException e) {
      if (e instanceof ApiException api && api.status() != 400) throw api;
      ctx.status(400);
      templates.page(ctx, "repository_new.jte", visit.frame("Connect a repository", "repositories"),
          new ConnectView("", "", "", "", false, null, null, value(ctx, "organisation"), value(ctx, "apiBase"),
              e.getMessage()));
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
