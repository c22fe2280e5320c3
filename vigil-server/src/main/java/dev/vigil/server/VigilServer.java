package dev.vigil.server;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.Secrets;
import dev.vigil.server.jobs.AnalyzerSet;
import dev.vigil.server.jobs.BranchPoller;
import dev.vigil.server.jobs.HealthCheckRunner;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.jobs.ScanRunner;
import dev.vigil.server.jobs.ValidationRunner;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.JdbiAnalysisCache;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.web.FindingPatches;
import dev.vigil.server.store.Json;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.store.TriageEvents;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.store.ValidationStore;
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

  /** How to run: port (0 = any free one), data folder, database URL (null = embedded H2), jobs. */
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
      SecretBox box = SecretBox.fromKeyFile(config.dataDir().resolve("secret.key"));
      UserStore users = new UserStore(database.jdbi());
      AuditLog audit = new AuditLog(database.jdbi());
      createFirstAdmin(users, audit, config.adminPassword(), out);
      RepositoryStore repositories = new RepositoryStore(database.jdbi(), box);
      ScanStore scans = new ScanStore(database.jdbi());
      FindingStore findings = new FindingStore(database.jdbi());
      RepositoryMirrors mirrors = new RepositoryMirrors(config.dataDir().resolve("mirrors"));
      TriageEvents triage = new TriageEvents(database.jdbi());
      ThreatModels threatModels = new ThreatModels(new ThreatModelStore(database.jdbi()), repositories,
          scans, mirrors);
      JdbiAnalysisCache cache = new JdbiAnalysisCache(database.jdbi());
      AnalyzerSet analyzers = new AnalyzerSet(AnalyzerRegistry.builtIn(), new AdvisoryStore(database.jdbi()));
      ScanRunner runner = new ScanRunner(scans, repositories, findings, cache, analyzers, mirrors,
          config.pass(), workerName(), threatModels);
      EnvironmentStore environments = new EnvironmentStore(database.jdbi(), box);
      ValidationStore validations = new ValidationStore(database.jdbi());
      ValidationRunner validator = new ValidationRunner(new ValidationRunner.Stores(scans, repositories,
          findings, validations, environments), cache, analyzers, mirrors, config.pass(), threatModels,
          java.time.Clock.systemUTC());
      BranchPoller poller = new BranchPoller(repositories, scans, mirrors);
      HealthCheckStore healthChecks = new HealthCheckStore(database.jdbi());
      ScanJobs jobs = new ScanJobs(database.dataSource(), runner, poller, config.jobs(),
          new HealthCheckRunner(healthChecks, environments, repositories, mirrors, Sandbox.system(),
              HealthCheckRunner.Settings.in(config.dataDir())), validator);
      SessionStore sessions = new SessionStore(database.jdbi());
      var dependencies = new ApiRoutes.Dependencies(users, repositories, scans, findings,
          triage, audit, jobs, mirrors, poller, config.webhookSecret(), threatModels,
          new FindingRanking(threatModels, findings, triage), sessions, environments, healthChecks,
          validations, database.jdbi(), new FindingPatches(new PatchStore(database.jdbi()), repositories, scans,
              mirrors, analyzers, cache, config.dataDir().resolve("patches"), audit));
      List<Route> routes = new java.util.ArrayList<>(ApiRoutes.all(dependencies));
      routes.addAll(UiRoutes.all(dependencies, database.jdbi(), sessions));
      Javalin app = createApp(routes, ApiRoutes.tokenCheck(dependencies));
      jobs.start();
      app.start(config.port());
      out.println("Vigil is running at http://localhost:" + app.port() + "/ (database: "
          + (database.isPostgres() ? "PostgreSQL" : "embedded H2 in " + config.dataDir()) + ")");
      return new VigilServer(database, jobs, app);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Returns the port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Returns the database (for tests and benchmarks). */
  public Database database() {
    return database;
  }

  /** Stops the HTTP server, then the jobs (running scans checkpoint), then the database. */
  @Override
  public void close() {
    app.stop();
    jobs.close();
    database.close();
  }

  static Javalin createApp(List<Route> routes, io.javalin.http.Handler tokenCheck) {
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.http.maxRequestSize = 1_000_000L;
      config.startup.showJavalinBanner = false;
      for (Route route : routes) {
        if (route.authenticated()) {
          config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
            tokenCheck.handle(ctx);
            route.handler().handle(ctx);
          });
        } else {
          config.routes.addHttpHandler(route.method(), route.path(), route.handler());
        }
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
