package dev.vigil.cli;

import dev.vigil.engine.git.PassOptions;
import dev.vigil.server.VigilServer;
import dev.vigil.server.jobs.ScanJobs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the server with its API and background scans, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the Vigil server: REST API, background backfills and incremental scans.",
        "Environment: VIGIL_ADMIN_PASSWORD (first admin's password), VIGIL_DB_URL, VIGIL_DB_USER,",
        "VIGIL_DB_PASSWORD, VIGIL_WEBHOOK_SECRET (GitHub webhooks), VIGIL_SECRET_KEY,",
        "VIGIL_HARNESS_RUNS (marker harnesses one scan's validation may run, default 30)."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data", defaultValue = "vigil-data", description = "Data folder (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Database URL, e.g. jdbc:postgresql://localhost/vigil (default: embedded H2 in the data folder).")
  String db;

  @Option(names = "--threads", defaultValue = "2", description = "Scans run at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0-65535, got " + port);
    return runUntilStopped(port, data, db, threads);
  }

  /** Runs a server ({@code port} {@link VigilServer#NO_HTTP} for a worker) until the process is stopped. */
  static int runUntilStopped(int port, Path data, String db, int threads) throws InterruptedException {
    if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
    String url = db != null ? db : System.getenv("VIGIL_DB_URL");
    ScanJobs.Settings defaults = ScanJobs.Settings.defaults();
    VigilServer server = VigilServer.start(new VigilServer.Config(port, data, url,
        System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD"),
        System.getenv("VIGIL_ADMIN_PASSWORD"), System.getenv("VIGIL_WEBHOOK_SECRET"),
        new ScanJobs.Settings(threads, defaults.heartbeat(), defaults.pollEvery(), defaults.branchPoll()),
        PassOptions.defaults()), System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "vigil-shutdown"));
    stopped.await();
    return 0;
  }
}
