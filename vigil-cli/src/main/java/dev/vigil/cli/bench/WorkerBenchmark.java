package dev.vigil.cli.bench;

import dev.vigil.cli.VigilCommand;
import dev.vigil.server.Installation;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench workers}: backfills generated repositories with one, then two {@code vigil
 * worker} processes sharing one database, and prints the speed-up. The database is H2 in a fresh
 * folder per run, opened by this process with {@code AUTO_SERVER=TRUE} (H2's server mode: the workers
 * reach it over TCP); PostgreSQL is a test dependency only, so not in the command's classpath. Timed
 * from queueing the scans (workers already started) to the last scan done.
 */
@Command(name = "workers", mixinStandardHelpOptions = true,
    description = "Backfills generated repositories with 1 and with 2 worker processes and prints the speed-up.")
final class WorkerBenchmark implements Callable<Integer> {
  private static final List<Integer> WORKERS = List.of(1, 2);

  @Spec CommandSpec spec;

  @Option(names = "--repositories", defaultValue = "10", description = "Repositories to backfill (default: ${DEFAULT-VALUE}).")
  int repositories;

  @Option(names = "--commits", defaultValue = "200", description = "Commits of each repository (default: ${DEFAULT-VALUE}).")
  int commits;

  @Option(names = "--files", defaultValue = "150", description = "Files in each first commit (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--threads", defaultValue = "1", description = "Scans each worker runs at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws Exception {
    if (repositories < 1 || commits < 2 || threads < 1) {
      throw new IllegalArgumentException("--repositories and --threads must be at least 1, --commits at least 2");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("vigil-bench-workers");
    List<Path> repos = new ArrayList<>();
    for (int i = 0; i < repositories; i++) {
      Path dir = work.resolve("repos").resolve("service-" + i);
      new SyntheticHistory(i + 1).write(dir, commits, files).close();
      repos.add(dir);
    }
    out.printf("%d generated repositories of %d commits (%d files at first); H2 in server mode (AUTO_SERVER), "
        + "%d scan(s) at once per worker, %d cores%n", repositories, commits, files, threads,
        Runtime.getRuntime().availableProcessors());
    out.printf("%-8s %10s %14s%n", "workers", "seconds", "commits/s");
    List<Double> seconds = new ArrayList<>();
    for (int workers : WORKERS) {
      double elapsed = run(work.resolve("run-" + workers), repos, workers);
      seconds.add(elapsed);
      out.printf(Locale.ROOT, "%-8d %10.1f %14.1f%n", workers, elapsed, repositories * commits / elapsed);
      out.flush();
    }
    out.printf(Locale.ROOT, "speed-up with 2 workers: %.2fx%n", seconds.get(0) / seconds.get(1));
    return 0;
  }

  /** Returns the seconds {@code workers} worker processes take to backfill every repository. */
  private double run(Path dir, List<Path> repos, int workers) throws Exception {
    String url = Database.embeddedUrl(dir.resolve("db"));
    try (Database database = Database.open(url, null, null)) {
      Installation installation = Installation.of(database, dir.resolve("coordinator"));
      User bench = installation.users().create("bench", "bench-" + System.nanoTime(), Role.ADMIN);
      List<Long> scans = new ArrayList<>();
      for (Path repo : repos) {
        RepositoryRecord record = installation.repositories().create(repo.getFileName().toString(),
            repo.toAbsolutePath().toString(), null, null, "main", bench);
        scans.add(installation.scans().create(record.id(), null, "main", ScanRecord.BACKFILL, commits, null, null,
            null, bench.id()).id());
      }
      List<Process> processes = new ArrayList<>();
      try {
        CountDownLatch ready = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) processes.add(worker(url, dir.resolve("worker-" + i), ready));
        if (!ready.await(3, TimeUnit.MINUTES)) throw new IllegalStateException("the workers did not start within 3 minutes");
        long start = System.nanoTime();
        for (long scan : scans) ScanJobs.enqueue(database.dataSource(), scan);
        awaitDone(installation, scans);
        return (System.nanoTime() - start) / 1e9;
      } finally {
        for (Process process : processes) {
          process.destroy();
          if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        }
      }
    }
  }

  private Process worker(String url, Path data, CountDownLatch ready) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        VigilCommand.class.getName(), "worker", "--db", url, "--data", data.toString(), "--threads",
        String.valueOf(threads)).redirectErrorStream(true).start();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          if (line.startsWith("Vigil worker is running")) ready.countDown();
        }
      } catch (IOException ignored) {
        // The worker was stopped; its output no longer matters.
      }
    }, "bench-worker-output");
    reader.setDaemon(true);
    reader.start();
    return process;
  }

  private static void awaitDone(Installation installation, List<Long> scans) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
    while (System.nanoTime() < deadline) {
      List<ScanRecord> records = scans.stream().map(id -> installation.scans().find(id).orElseThrow()).toList();
      for (ScanRecord scan : records) {
        if (ScanRecord.FAILED.equals(scan.state())) {
          throw new IllegalStateException("scan " + scan.id() + " failed: " + scan.error());
        }
      }
      if (records.stream().allMatch(ScanRecord::finished)) return;
      Thread.sleep(200);
    }
    throw new IllegalStateException("the backfills did not finish within 2 hours");
  }
}
