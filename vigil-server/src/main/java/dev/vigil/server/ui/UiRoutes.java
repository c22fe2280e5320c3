package dev.vigil.server.ui;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import dev.vigil.server.web.Access;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.ApiRoutes;
import dev.vigil.server.web.FindingCode;
import dev.vigil.server.web.FindingValidations;
import dev.vigil.server.web.EnvironmentEditor;
import dev.vigil.server.web.HealthChecks;
import dev.vigil.server.web.OrganisationConnect;
import dev.vigil.server.web.RepositoryConnector;
import dev.vigil.server.web.Route;
import dev.vigil.server.web.ScanLauncher;
import dev.vigil.server.web.Triage;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The web UI's route table: server-rendered pages behind the {@link Gate} (session, CSRF, error
 * pages), built from the same stores and shared rules as the API.
 */
public final class UiRoutes {
  private UiRoutes() {}

  /** Returns every route of the web UI. */
  public static List<Route> all(ApiRoutes.Dependencies d, Jdbi jdbi, SessionStore sessions) {
    Templates templates = new Templates();
    Gate gate = new Gate(sessions, templates);
    io.javalin.http.Handler notFoundPage = gate.page((ctx, visit) -> {
      throw new ApiException(404, "not_found", null, "There is no page at " + ctx.path() + ".");
    });
    Lookups lookups = new Lookups(new Access(d.repositories(), d.users()), d.scans(), d.findings());
    var signIn = new SignInPages(d.users(), sessions, d.audit(), templates);
    var account = new AccountPages(d.users(), d.audit(), jdbi, templates);
    var repositories = new RepositoryPages(d.repositories(), d.scans(), d.findings(),
        new RepositoryConnector(d.repositories(), d.users(), d.audit()), templates, new OrganisationConnect(
            new RepositoryConnector(d.repositories(), d.users(), d.audit()), d.environments(), d.githubLinks()));
    var overview = new OverviewPage(d.scans(), d.findings(), new RepositoryFacts(jdbi), d.threatModels(),
        d.environments(), d.healthChecks(), d.sandbox(), d.ranking(), lookups, templates);
    var environments = new EnvironmentPages(d.environments(), new EnvironmentEditor(d.environments(), d.audit()),
        lookups, templates, d.healthChecks(), new HealthChecks(d.healthChecks(), d.jobs(), d.audit()));
    var threatModel = new ThreatModelPage(d.threatModels(), d.audit(), lookups, templates);
    var scans = new ScanPages(d.repositories(), d.scans(),
        new ScanLauncher(d.scans(), d.mirrors(), d.jobs(), d.audit(), d.environments()),
        d.environments(), new CommitCounter(d.mirrors()),
        lookups, templates, new dev.vigil.server.store.AdvisoryStore(jdbi));
    var findings = new FindingPages(d.findings(), d.repositories(), d.triage(),
        new Triage(d.findings(), d.triage(), d.audit()), d.ranking(),
        new FindingValidations(d.validations(), d.jobs(), d.audit()), new FindingCode(d.repositories(), d.mirrors()),
        d.patches(), d.pullRequests(), lookups, templates);
    var audit = new AuditPage(d.audit(), templates);
    var releaseReview = new ReleaseReviewPage(d.releaseReview(), lookups, templates);
    return List.of(
        new Route(GET, "/static/{file}", false, StaticAssets::serve),
        new Route(GET, "/", false, gate.page((ctx, visit) -> ctx.redirect("/repositories", HttpStatus.SEE_OTHER))),
        new Route(GET, "/sign-in", false, gate.open(signIn::form)),
        new Route(POST, "/sign-in", false, gate.open(signIn::signIn)),
        new Route(POST, "/sign-out", false, gate.page(signIn::signOut)),
        new Route(GET, "/account", false, gate.page(account::show)),
        new Route(POST, "/account/tokens", false, gate.page(account::createToken)),
        new Route(POST, "/account/tokens/{id}/revoke", false, gate.page(account::revokeToken)),
        new Route(GET, "/repositories", false, gate.page(repositories::list)),
        new Route(GET, "/repositories/new", false, gate.page(repositories::form)),
        new Route(POST, "/repositories", false, gate.page(repositories::connect)),
        new Route(POST, "/repositories/github/list", false, gate.page(repositories::listOrganisation)),
        new Route(POST, "/repositories/github", false, gate.page(repositories::connectOrganisation)),
        new Route(GET, "/repositories/{id}", false, gate.page(overview::show)),
        new Route(GET, "/repositories/{id}/environments", false, gate.page(environments::show)),
        new Route(POST, "/repositories/{id}/environments", false, gate.page(environments::add)),
        new Route(POST, "/repositories/{id}/environments/{environmentId}/health-check", false,
            gate.page(environments::check)),
        new Route(GET, "/repositories/{id}/environments/{environmentId}/health", false,
            gate.page(environments::health)),
        new Route(GET, "/repositories/{id}/threat-model", false, gate.page(threatModel::show)),
        new Route(POST, "/repositories/{id}/threat-model", false, gate.page(threatModel::save)),
        new Route(GET, "/repositories/{id}/recommended", false, gate.page(findings::recommended)),
        new Route(GET, "/repositories/{id}/release-review", false, gate.page(releaseReview::show)),
        new Route(GET, "/repositories/{id}/scans/new", false, gate.page(scans::form)),
        new Route(GET, "/scans", false, gate.page(scans::list)),
        new Route(POST, "/scans", false, gate.page(scans::create)),
        new Route(GET, "/scans/estimate", false, gate.page(scans::estimate)),
        new Route(GET, "/scans/{id}", false, gate.page(scans::show)),
        new Route(GET, "/scans/{id}/progress", false, gate.page(scans::progress)),
        new Route(GET, "/findings", false, gate.page(findings::list)),
        new Route(GET, "/findings/{id}", false, gate.page(findings::show)),
        new Route(POST, "/findings/{id}/triage", false, gate.page(findings::triage)),
        new Route(POST, "/findings/{id}/validation", false, gate.page(findings::validate)),
        new Route(POST, "/findings/{id}/patch", false, gate.page(findings::proposePatch)),
        new Route(POST, "/findings/{id}/patch/edit", false, gate.page(findings::editPatch)),
        new Route(POST, "/findings/{id}/patch/approval", false, gate.page(findings::approvePatch)),
        new Route(POST, "/findings/{id}/pull-request", false, gate.page(findings::openPullRequest)),
        new Route(GET, "/audit", false, gate.page(audit::show)),
        // Last, so every route above matches first: an unknown address gets a page, not JSON.
        new Route(GET, "/*", false, ctx -> notFound(ctx, notFoundPage)));
  }

  /**
   * Answers a GET no route matched: the API's JSON error under {@code /api/}, else the error page
   * (behind the gate, so a signed-in visitor keeps the navigation).
   */
  private static void notFound(io.javalin.http.Context ctx, io.javalin.http.Handler page)
      throws Exception {
    String path = ctx.path();
    if (path.startsWith("/api/")) {
      throw new ApiException(404, "not_found", null, "Endpoint GET " + path + " not found");
    }
    page.handle(ctx);
  }
}
