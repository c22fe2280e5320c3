package dev.vigil.server.web;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static io.javalin.http.HandlerType.PUT;

import dev.vigil.server.digest.DigestService;
import dev.vigil.server.forge.PullRequestStates;
import dev.vigil.server.forge.PullRequests;
import dev.vigil.server.jobs.BranchPoller;
import dev.vigil.server.metrics.Metrics;
import dev.vigil.server.review.ReleaseReview;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.github.CodeScanningUpload;
import dev.vigil.server.store.AdvisoryScheduleStore;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.ExternalFindingStore;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.TriageEvents;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.store.ValidationStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.server.ui.ReadinessChecklist;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import dev.vigil.engine.validation.sandbox.SandboxCheck;
import java.io.UncheckedIOException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The JSON API under {@code /api/v1}: its route table, built from the stores and jobs. */
public final class ApiRoutes {
  private ApiRoutes() {}

  /** Everything the API needs. */
  public record Dependencies(UserStore users, RepositoryStore repositories, ScanStore scans,
      FindingStore findings, TriageEvents triage, AuditLog audit, ScanJobs jobs,
      RepositoryMirrors mirrors, BranchPoller poller, String webhookSecret,
      ThreatModels threatModels, FindingRanking ranking, BrowserSessions sessions,
      EnvironmentStore environments, HealthCheckStore healthChecks, ValidationStore validations,
      Jdbi jdbi, DigestService digests, ReleaseReview releaseReview, SandboxCheck sandbox, Metrics metrics,
      FindingPatches patches, GitHubLinkStore githubLinks, CodeScanningUpload codeScanning,
      AdvisoryScheduleStore advisorySchedule, PullRequests pullRequests, PullRequestStates pullRequestStates) {}

  /** Returns every route of the API. */
  public static List<Route> all(Dependencies d) {
    Authenticator auth = new Authenticator(d.users(), d.audit(), d.sessions());
    Access access = new Access(d.repositories(), d.users());
    var repositories = new RepositoryController(d.repositories(), d.users(), access, d.audit());
    var environments = new EnvironmentController(d.environments(), access, d.audit(), d.healthChecks(),
        new HealthChecks(d.healthChecks(), d.jobs(), d.audit()));
    var scans = new ScanController(d.scans(), d.environments(), d.mirrors(), access, d.jobs(), d.audit());
    var findings = new FindingController(d.findings(), d.triage(), d.repositories(), access, d.audit(),
        d.ranking(), new FindingValidations(d.validations(), d.jobs(), d.audit()),
        new FindingCode(d.repositories(), d.mirrors()));
    var patches = new PatchController(d.findings(), access, d.patches(), d.pullRequests());
    var threatModel = new ThreatModelController(d.threatModels(), access, d.audit());
    var readiness = new ReadinessController(new ReadinessChecklist(d.scans(), d.ranking(), d.threatModels(),
        d.environments(), d.healthChecks(), d.sandbox(), d.jdbi()), access);
    var admin = new AdminController(d.users(), d.audit());
    var digests = new DigestController(d.digests(), d.repositories(), access, d.audit());
    var releaseReview = new ReleaseReviewController(d.releaseReview(), access);
    var sarif = new SarifController(new ExternalFindingStore(d.jdbi()), access, d.audit());
    var metrics = new MetricsController(d.metrics(), auth);
    var github = new GitHubController(d.githubLinks(), d.codeScanning(), new OrganisationConnect(
        new RepositoryConnector(d.repositories(), d.users(), d.audit()), d.environments(), d.githubLinks()),
        d.scans(), access, d.audit());
    var advisorySchedule = new AdvisoryScheduleController(d.advisorySchedule(), d.audit());
    var webhooks = new WebhookController(d.webhookSecret(), d.repositories(), d.poller(), d.jobs(), d.audit(),
        d.pullRequestStates());
    return List.of(
        new Route(GET, "/api/openapi.json", false, ApiRoutes::openApi),
        new Route(GET, "/metrics", false, metrics::scrape),
        new Route(POST, "/api/v1/tokens", false, auth::issueToken),
        new Route(POST, "/api/v1/webhooks/github", false, webhooks::github),
        new Route(GET, "/api/v1/me", true, admin::me),
        new Route(GET, "/api/v1/users", true, admin::listUsers),
        new Route(POST, "/api/v1/users", true, admin::createUser),
        new Route(GET, "/api/v1/audit", true, admin::audit),
        new Route(GET, "/api/v1/digest", true, digests::get),
        new Route(GET, "/api/v1/digest/schedule", true, digests::schedule),
        new Route(PUT, "/api/v1/digest/schedule", true, digests::saveSchedule),
        new Route(POST, "/api/v1/digest/schedule/run", true, digests::run),
        new Route(GET, "/api/v1/advisories/schedule", true, advisorySchedule::get),
        new Route(PUT, "/api/v1/advisories/schedule", true, advisorySchedule::put),
        new Route(POST, "/api/v1/github/organisation-repositories", true, github::organisationRepositories),
        new Route(POST, "/api/v1/github/organisation-connect", true, github::connectOrganisation),
        new Route(GET, "/api/v1/repositories/{id}/github", true, github::link),
        new Route(PUT, "/api/v1/repositories/{id}/github", true, github::saveLink),
        new Route(POST, "/api/v1/scans/{id}/code-scanning", true, github::uploadScan),
        new Route(GET, "/api/v1/repositories", true, repositories::list),
        new Route(POST, "/api/v1/repositories", true, repositories::create),
        new Route(GET, "/api/v1/repositories/{id}", true, repositories::get),
        new Route(POST, "/api/v1/repositories/{id}/grants", true, repositories::grant),
        new Route(GET, "/api/v1/repositories/{id}/recommended", true, findings::recommended),
        new Route(GET, "/api/v1/repositories/{id}/readiness", true, readiness::get),
        new Route(GET, "/api/v1/repositories/{id}/release-review", true, releaseReview::get),
        new Route(POST, "/api/v1/repositories/{id}/sarif", true, sarif::importLog),
        new Route(GET, "/api/v1/repositories/{id}/threat-model", true, threatModel::get),
        new Route(PUT, "/api/v1/repositories/{id}/threat-model", true, threatModel::put),
        new Route(GET, "/api/v1/repositories/{id}/threat-model/versions", true, threatModel::versions),
        new Route(GET, "/api/v1/repositories/{id}/threat-model/versions/{version}", true, threatModel::version),
        new Route(GET, "/api/v1/repositories/{id}/environments", true, environments::list),
        new Route(POST, "/api/v1/repositories/{id}/environments", true, environments::create),
        new Route(GET, "/api/v1/environments/{id}", true, environments::get),
        new Route(PUT, "/api/v1/environments/{id}", true, environments::update),
        new Route(POST, "/api/v1/environments/{id}/health-check", true, environments::startHealthCheck),
        new Route(GET, "/api/v1/environments/{id}/health", true, environments::health),
        new Route(GET, "/api/v1/scans", true, scans::list),
        new Route(POST, "/api/v1/scans", true, scans::create),
        new Route(GET, "/api/v1/scans/{id}", true, scans::get),
        new Route(GET, "/api/v1/scans/{id}/skipped", true, scans::skipped),
        new Route(GET, "/api/v1/findings", true, findings::list),
        new Route(GET, "/api/v1/findings/{id}", true, findings::get),
        new Route(POST, "/api/v1/findings/{id}/triage", true, findings::triage),
        new Route(POST, "/api/v1/findings/{id}/validation", true, findings::validate),
        new Route(POST, "/api/v1/findings/{id}/patch", true, patches::propose),
        new Route(GET, "/api/v1/patches/{id}", true, patches::get),
        new Route(PUT, "/api/v1/patches/{id}", true, patches::edit),
        new Route(POST, "/api/v1/patches/{id}/approval", true, patches::approve),
        new Route(GET, "/api/v1/patches/{id}/format-patch", true, patches::formatPatch),
        new Route(POST, "/api/v1/findings/{id}/pull-request", true, patches::openPullRequest),
        new Route(GET, "/api/v1/findings/{id}/pull-request", true, patches::pullRequest));
  }

  /** Returns the token check that guards authenticated routes. */
  public static io.javalin.http.Handler tokenCheck(Dependencies d) {
    return new Authenticator(d.users(), d.audit(), d.sessions())::requireToken;
  }

  private static void openApi(Context ctx) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
