package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench history}: times Vigil's backfill (a cold cache every run) against {@code git
 * log -p --first-parent} over the same window, in the same run. With {@code --repo}, on an existing
 * repository, one row per analyzer ({@link RepositoryHistoryBench}); without, on a generated
 * history of N commits, alternating the two and printing medians and the ratio.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Times a backfill of an existing or generated history against git log -p.")
final class HistoryBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--repo", paramLabel = "PATH",
      description = "Existing repository to measure (HEAD's branch) instead of a generated one.")
  Path repo;

  @Option(names = "--commits", description = "Commits to measure (default: 3000 of --repo, or 10000 generated).")
  Integer commits;

  @Option(names = "--files", defaultValue = "300", description = "Files in the first commit (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each side (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--keep", description = "Keep the generated repository and print its path.")
  boolean keep;

  @Option(names = "--analyzers", split = ",",
      description = "Analyzers to run, or 'all' (default: all with --repo, each alone then together;"
          + " secrets,ci-workflows on a generated history).")
  List<String> analyzerIds;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads of the pass (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    int commits = this.commits != null ? this.commits : repo != null ? 3000 : 10000;
    if (commits < 2) throw new IllegalArgumentException("--commits must be at least 2");
    if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    AnalyzerRegistry registry = AnalyzerRegistry.builtIn();
    List<String> ids = analyzerIds != null ? analyzerIds
        : repo != null ? List.of("all") : List.of("secrets", "ci-workflows");
    List<Analyzer> analyzers = ids.equals(List.of("all")) ? registry.all() : registry.select(ids);
    if (threads != null && threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
    PassOptions options = threads == null ? PassOptions.defaults() : PassOptions.defaults().withThreads(threads);
    if (repo != null) {
      new RepositoryHistoryBench(out, options).run(repo, commits, analyzers);
      return 0;
    }
    Path dir = Files.createTempDirectory("vigil-bench-history");
    try {
      long generateStart = System.nanoTime();
      SyntheticHistory history = new SyntheticHistory(42);
      try (Repository repository = history.write(dir, commits, files)) {
        out.printf("generated %d commits (%d files at start, %.1f MB of file versions) in %.1f s at %s%n",
            commits, files, history.bytesWritten() / 1e6, seconds(System.nanoTime() - generateStart), dir);
        out.flush();
        HistoryWindow window = HistoryWindow.lastCommits("main", commits);
        List<Double> vigil = new ArrayList<>();
        List<Double> gitLog = new ArrayList<>();
        ScanResult last = null;
        for (int run = 0; run < runs; run++) {
          gitLog.add(GitLogTiming.of(dir.resolve(".git"), "main", commits).seconds());
          long start = System.nanoTime();
          last = new CommitPass(analyzers, new InMemoryAnalysisCache(),
              options).run(repository, window, ScanListener.NONE, () -> false);
          vigil.add(seconds(System.nanoTime() - start));
          out.printf("run %d: vigil %.2f s, git log -p %.2f s%n", run + 1, vigil.get(run), gitLog.get(run));
          out.flush();
        }
        double vigilMedian = median(vigil);
        double gitMedian = median(gitLog);
        double megabytes = last.stats().bytesAnalysed() / 1e6;
        out.printf("analyzers: %s%n", analyzers.stream().map(Analyzer::id).toList());
        out.printf("vigil backfill: median %.2f s, %.0f commits/s, %.1f MB analysed (%d blobs, %d analyzer runs, %d cache hits) = %.1f MB/s, %d findings%n",
            vigilMedian, commits / vigilMedian, megabytes, last.stats().blobsRead(),
            last.stats().analyzerRuns(), last.stats().cacheHits(), megabytes / vigilMedian,
            last.findings().size());
        out.printf("git log -p:     median %.2f s, %.0f commits/s%n", gitMedian, commits / gitMedian);
        out.printf("ratio vigil / git log -p: %.2f (target <= 3.00)%n", vigilMedian / gitMedian);
      }
    } finally {
      if (keep) {
        out.println("kept " + dir);
      } else {
        deleteTree(dir);
      }
    }
    return 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
