package dev.vigil.server;

import dev.vigil.server.github.CodeScanningUpload;
import dev.vigil.server.github.GitHubException;
import dev.vigil.server.github.GitHubRateLimitException;
import dev.vigil.server.jobs.DailyAdvisories;
import dev.vigil.server.store.AdvisoryScheduleStore;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.SandboxCheck;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.Secrets;
import dev.vigil.server.digest.DigestService;
import dev.vigil.server.jobs.AnalyzerSet;
import dev.vigil.server.metrics.LatencyHistogram;
import dev.vigil.server.metrics.Metrics;
import dev.vigil.server.review.ReleaseReview;
import dev.vigil.server.jobs.BranchPoller;
import dev.vigil.server.jobs.HealthCheckRunner;
import dev.vigil.server.jobs.PatchValidations;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.SandboxSettings;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.jobs.ScanRunner;
import dev.vigil.server.jobs.ValidationRunner;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.JdbiAnalysisCache;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.forge.PullRequestStates;
import dev.vigil.server.forge.PullRequests;
import dev.vigil.server.web.FindingPatches;
import dev.vigil.server.store.Json;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.ui.SessionStore;
import dev.vigil.server.ui.UiRoutes;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.ApiRoutes;
import dev.vigil.server.web.ErrorBody;
import dev.vigil.server.web.Route;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vigil's server: the database, the background scan jobs and the HTTP API, wired by hand. One
 * {@link #start} per process; several processes may share one PostgreSQL database.
 */
public final class VigilServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(VigilServer.class);

  /** The port of a worker: background jobs only, no HTTP server. */
  public static final int NO_HTTP = -1;

  /**
   * How to run: port (0 = any free one, {@link #NO_HTTP} for a worker), data folder, database URL
   * (null = embedded H2), jobs.
   */
  public record Config(int port, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
      String adminPassword, String webhookSecret, ScanJobs.Settings jobs, PassOptions pass) {}

  private final Database database;
  private final ScanJobs jobs;
  private final Javalin app;

  private VigilServer(Database database, ScanJobs jobs, Javalin app) {
    this.database = database;
    this.jobs = jobs;
    this.app = app;
  }

  /** Starts a server; prints the URL and, on first start, the admin's credentials to {@code out}. */
  public static VigilServer start(Config config, PrintStream out) {
    String url = config.jdbcUrl() != null ? config.jdbcUrl() : Database.embeddedUrl(config.dataDir());
    Database database = Database.open(url, config.dbUser(), config.dbPassword());
    try {
      Installation installation = Installation.of(database, config.dataDir());
      createFirstAdmin(installation.users(), installation.audit(), config.adminPassword(), out);
      JdbiAnalysisCache cache = installation.cache();
      AnalyzerSet analyzers = installation.analyzers();
      RepositoryMirrors mirrors = installation.mirrors();
      Metrics metrics = new Metrics(database.jdbi(), System.getenv("VIGIL_METRICS_TOKEN"));
      ScanRunner runner = new ScanRunner(installation.scans(), installation.repositories(), installation.findings(),
          cache, analyzers, mirrors, config.pass(), workerName(), installation.threatModels(), metrics.analyzers());
      Sandbox sandbox = Sandbox.system();
      SandboxSettings sandboxSettings = SandboxSettings.in(config.dataDir())
          .withHarnessRuns(System.getenv(SandboxSettings.HARNESS_RUNS_VARIABLE));
      SandboxCheck sandboxCheck = sandbox.check();
      if (!sandboxCheck.ok()) {
        log.warn("the sandbox cannot start, so environments, health checks and reproductions will not run: {} ({})",
            sandboxCheck.detail(), sandboxCheck.hint());
      }
      ValidationRunner validator = new ValidationRunner(new ValidationRunner.Stores(installation.scans(),
          installation.repositories(), installation.findings(), installation.validations(),
          installation.environments()), new ValidationRunner.Analysis(cache, analyzers, config.pass()),
          mirrors, installation.threatModels(), sandbox, sandboxSettings, java.time.Clock.systemUTC());
      BranchPoller poller = new BranchPoller(installation.repositories(), installation.scans(), mirrors);
      HealthCheckStore healthChecks = installation.healthChecks();
      DigestService digests = installation.digests(java.time.Clock.systemUTC());
      GitHubLinkStore githubLinks = new GitHubLinkStore(database.jdbi());
      CodeScanningUpload codeScanning = installation.codeScanning(java.time.Clock.systemUTC());
      AdvisoryScheduleStore advisorySchedule = new AdvisoryScheduleStore(database.jdbi());
      DailyAdvisories dailyAdvisories = new DailyAdvisories(advisorySchedule, new AdvisoryStore(database.jdbi()),
          config.dataDir().resolve("advisory-downloads"), java.time.Clock.systemUTC());
      PullRequestStates pullRequestStates = new PullRequestStates(new PullRequestStore(database.jdbi()),
          installation.findings(), installation.repositories(), githubLinks, java.time.Clock.systemUTC());
      PatchValidations patchValidations = new PatchValidations(new PatchValidations.Stores(new PatchStore(database.jdbi()),
          installation.findings(), installation.repositories(), installation.environments()),
          new ValidationRunner.Analysis(cache, analyzers, config.pass()), mirrors, sandbox, sandboxSettings);
      ScanJobs jobs = new ScanJobs(database.dataSource(), runner, poller, config.jobs(),
          new HealthCheckRunner(healthChecks, installation.environments(), installation.repositories(), mirrors,
              sandbox, sandboxSettings), validator, digests::sendIfDue, codeScanning::afterScan,
          dailyAdvisories::runIfDue, pullRequestStates::pollOpen, patchValidations::run);
      FindingPatches findingPatches = new FindingPatches(new PatchStore(database.jdbi()), installation.scans(),
          patchValidations, jobs, installation.audit());
      SessionStore sessions = new SessionStore(database.jdbi());
      var dependencies = new ApiRoutes.Dependencies(installation.users(), installation.repositories(),
          installation.scans(), installation.findings(), installation.triage(), installation.audit(), jobs, mirrors,
          poller, config.webhookSecret(), installation.threatModels(), installation.ranking(), sessions,
          installation.environments(), healthChecks, installation.validations(), database.jdbi(), digests,
          new ReleaseReview(installation, config.pass(), java.time.Clock.systemUTC()), sandboxCheck,
          metrics,
          findingPatches,
          githubLinks, codeScanning, advisorySchedule,
          new PullRequests(new PullRequests.Stores(new PatchStore(database.jdbi()), new PullRequestStore(database.jdbi()),
              installation.repositories(), installation.scans(), githubLinks), mirrors, installation.audit(),
              java.time.Clock.systemUTC()),
          pullRequestStates);
      List<Route> routes = new java.util.ArrayList<>(ApiRoutes.all(dependencies));
      routes.addAll(UiRoutes.all(dependencies, database.jdbi(), sessions));
      String where = "(database: " + (database.isPostgres() ? "PostgreSQL" : "embedded H2 in " + config.dataDir()) + ")";
      if (config.port() == NO_HTTP) {
        jobs.start();
        findingPatches.resumeValidations();
        out.println("Vigil worker is running scans " + where);
        return new VigilServer(database, jobs, null);
      }
      Javalin app = createApp(routes, ApiRoutes.tokenCheck(dependencies), dependencies.metrics().http());
      jobs.start();
      findingPatches.resumeValidations();
      app.start(config.port());
      out.println("Vigil is running at http://localhost:" + app.port() + "/ " + where);
      return new VigilServer(database, jobs, app);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Returns the port the server listens on ({@link #NO_HTTP} for a worker). */
  public int port() {
    return app == null ? NO_HTTP : app.port();
  }

  /** Returns the database (for tests and benchmarks). */
  public Database database() {
    return database;
  }

  /** Stops the HTTP server, then the jobs (running scans checkpoint), then the database. */
  @Override
  public void close() {
    if (app != null) app.stop();
    jobs.close();
    database.close();
  }

  static Javalin createApp(List<Route> routes, io.javalin.http.Handler tokenCheck, LatencyHistogram latency) {
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.http.maxRequestSize = 1_000_000L;
      config.startup.showJavalinBanner = false;
      for (Route route : routes) {
        io.javalin.http.Handler handler = route.authenticated() ? ctx -> {
          tokenCheck.handle(ctx);
          route.handler().handle(ctx);
        } : route.handler();
        // Timed per route template, errors included, so a path's ids do not make new series.
        config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
          long start = System.nanoTime();
          try {
            handler.handle(ctx);
          } finally {
            latency.observe(route.method().name(), route.path(), System.nanoTime() - start);
          }
        });
      }
      config.routes.exception(ApiException.class, (e, ctx) ->
          ctx.status(e.status()).json(new ErrorBody(e.error(), e.field(), e.getMessage())));
      config.routes.exception(FieldException.class, (e, ctx) ->
          ctx.status(400).json(new ErrorBody("bad_request", e.field(), e.getMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          ctx.status(400).json(new ErrorBody("bad_request", null, e.getMessage())));
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(new ErrorBody(
              e.getStatus() == 413 ? "too_large" : e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus(), null, e.getMessage())));
      // GitHub refused or could not be reached: a bad gateway for the caller, with GitHub's reason.
      config.routes.exception(GitHubException.class, (e, ctx) ->
          ctx.status(502).json(new ErrorBody(e instanceof GitHubRateLimitException ? "github_rate_limit" : "github",
              null, e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(new ErrorBody("internal", null, "internal error; see the server log"));
      });
    });
  }

  /** Returns a name for this process among the ones sharing the database: host, pid, nonce. */
  private static String workerName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "unknown-host";
    }
    return host + "/" + ProcessHandle.current().pid() + "/" + new Secrets().randomText(6);
  }

  private static void createFirstAdmin(UserStore users, AuditLog audit, String password, PrintStream out) {
    if (!users.isEmpty()) return;
    boolean generated = password == null || password.isBlank();
    String chosen = generated ? new Secrets().randomText(20) : password;
    users.create("admin", chosen, Role.ADMIN);
    audit.record("vigil", "user.created", "admin", "first start");
    if (generated) {
      out.println("Created the first admin. User: admin  Password: " + chosen
          + "  (shown once; set VIGIL_ADMIN_PASSWORD to choose it)");
    } else {
      out.println("Created the first admin. User: admin  Password: from VIGIL_ADMIN_PASSWORD");
    }
  }
}
