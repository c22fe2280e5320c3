package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;

/**
 * Times the history pass on an existing repository: one row per analyzer alone, then one with all
 * of them together, each against {@code git log -p --first-parent} over the same commits timed
 * just before it, with the memory each pass took (a cold analysis cache every row).
 */
final class RepositoryHistoryBench {
  private final PrintWriter out;
  private final PassOptions options;

  RepositoryHistoryBench(PrintWriter out, PassOptions options) {
    this.out = out;
    this.options = options;
  }

  /** Runs the rows over the last {@code commits} first-parent commits of {@code path}'s HEAD. */
  void run(Path path, int commits, List<Analyzer> analyzers) throws IOException, InterruptedException {
    try (Repository repository = GitRepositories.open(path)) {
      String branch = GitRepositories.currentBranch(repository);
      HistoryWindow window = HistoryWindow.lastCommits(branch, commits);
      List<List<Analyzer>> rows = new ArrayList<>();
      analyzers.forEach(analyzer -> rows.add(List.of(analyzer)));
      if (analyzers.size() > 1) rows.add(analyzers);
      out.printf("%-28s %8s %7s %9s %8s %7s %10s %9s %8s %7s %9s%n", "analyzers", "vigil s", "cpu s",
          "commits/s", "git s", "ratio", "peak heap", "peak RSS", "findings", "blobs", "skipped");
      out.flush();
      ScanResult last = null;
      for (List<Analyzer> row : rows) {
        GitLogTiming git = GitLogTiming.of(repository.getDirectory().toPath(), branch, commits);
        Row measured = measure(repository, window, row);
        print(measured, git);
        last = measured.result();
      }
      out.printf("repository %s, branch %s, head %s, %d first-parent commits, %.1f MB of patches;"
          + " %d threads, max heap %s, %d processors, load average %.1f (the machine may be shared)%n",
          path, branch, last.head().sha(), last.commitsScanned(),
          GitLogTiming.of(repository.getDirectory().toPath(), branch, commits).patchBytes() / 1e6,
          options.threads(), megabytes(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.flush();
    }
  }

  private Row measure(Repository repository, HistoryWindow window, List<Analyzer> analyzers) {
    try (MemoryWatch memory = MemoryWatch.start()) {
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      ScanResult result = new CommitPass(analyzers, new InMemoryAnalysisCache(), options)
          .run(repository, window, ScanListener.NONE, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Row(analyzers, result, seconds, (processCpuNanos() - cpuStart) / 1e9, memory.peakHeapBytes(),
          memory.rssSinceStart() ? memory.peakRssBytes() : -1);
    }
  }

  private void print(Row row, GitLogTiming git) {
    int commits = row.result().commitsScanned();
    String name = row.analyzers().size() == 1 ? row.analyzers().get(0).id()
        : "all (" + row.analyzers().stream().map(Analyzer::id).collect(Collectors.joining(",")) + ")";
    if (name.length() > 28) name = "all " + row.analyzers().size();
    out.printf("%-28s %8.2f %7.1f %9.1f %8.2f %6.1fx %10s %9s %8d %7d %9d%n", name, row.seconds(),
        row.cpuSeconds(), commits / row.seconds(), git.seconds(), row.seconds() / git.seconds(),
        megabytes(row.peakHeap()), row.peakRss() < 0 ? "n/a" : megabytes(row.peakRss()),
        row.result().findings().size(), row.result().stats().blobsRead(), row.result().skipped().size());
    out.flush();
  }

  private static String megabytes(long bytes) {
    return String.format("%.0f MB", bytes / 1048576.0);
  }

  /** One measured pass. */
  private record Row(List<Analyzer> analyzers, ScanResult result, double seconds, double cpuSeconds,
      long peakHeap, long peakRss) {}

  /** Returns the CPU time of this process on all its threads (a figure a busy machine distorts less). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }
}
