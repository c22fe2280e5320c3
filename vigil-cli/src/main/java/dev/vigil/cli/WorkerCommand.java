package dev.vigil.cli;

import dev.vigil.server.VigilServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil worker}: runs scans and the other background work from the shared queue, without the web server. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
        "Runs scans and the other background work without the web server.",
        "Takes backfills, incremental scans, validation and health checks from the installation's database; several workers and servers on",
        "one PostgreSQL share the queue, each task run by one of them. Stop it with SIGTERM: running scans",
        "checkpoint and resume elsewhere. Environment as for serve (VIGIL_DB_URL, VIGIL_SECRET_KEY...)."})
final class WorkerCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "vigil-data", description = "Data folder for mirrors and caches (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database URL, e.g. jdbc:postgresql://db/vigil.")
  String db;

  @Option(names = "--threads", defaultValue = "2", description = "Scans run at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws InterruptedException {
    return ServeCommand.runUntilStopped(VigilServer.NO_HTTP, data, db, threads);
  }
}
