package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import dev.vigil.engine.analysis.java.taint.JavaTaintEngine;
import dev.vigil.engine.analysis.java.taint.ParsedJavaFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil bench java}: lines of Java per second through the taint analysis on a generated,
 * realistic project (Spring controllers, services, JDBC repositories, DTOs, servlets): file by
 * file alone, as one project with cross-file summaries, one changed file with the parsed project as
 * context, and the history pass over commits that each edit one file of it.
 */
@Command(name = "java", mixinStandardHelpOptions = true,
    description = "Times the Java taint analysis on a generated project.")
final class JavaBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lines", defaultValue = "100000", description = "Lines to generate (default: ${DEFAULT-VALUE}).")
  int lines;

  @Option(names = "--commits", defaultValue = "100",
      description = "Commits of the history measured after the project (default: ${DEFAULT-VALUE}).")
  int commits;

  @Override
  public Integer call() throws Exception {
    if (lines < 100) throw new IllegalArgumentException("--lines must be at least 100");
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> project = new JavaProjectGenerator(new Random(42)).generate(lines);
    long total = project.values().stream().mapToLong(s -> s.lines().count()).sum();
    out.printf("generated %d files, %d lines%n", project.size(), total);

    JavaTaintAnalyzer analyzer = JavaTaintAnalyzer.withBuiltInModels();
    analyzer.analyze(context("Warmup.java", project.values().iterator().next()));
    long start = System.nanoTime();
    int perFile = 0;
    for (var file : project.entrySet()) perFile += analyzer.analyze(context(file.getKey(), file.getValue())).size();
    report(out, "file by file", total, start, perFile);

    JavaTaintEngine engine = JavaTaintEngine.builtIn();
    start = System.nanoTime();
    List<ParsedJavaFile> parsed = new ArrayList<>();
    project.forEach((path, text) -> parsed.add(engine.parse(path, null, text)));
    List<Finding> whole = engine.analyse(parsed, project.keySet());
    report(out, "whole project", total, start, whole.size());

    String changed = project.keySet().stream().filter(p -> p.contains("ItemRepository")).findFirst().orElseThrow();
    start = System.nanoTime();
    List<Finding> incremental = engine.analyse(parsed, Set.of(changed));
    out.printf("one changed file with the parsed project as context: %.2f s, %d findings%n",
        (System.nanoTime() - start) / 1e9, incremental.size());
    history(out, project);
    out.flush();
    return 0;
  }

  /**
   * Times the history pass (java-taint alone) over the project and {@code commits} commits that
   * each edit one file: the head's whole tree, then each commit's changed file, its callers and
   * the readers of fields it fills, with that commit's tree as context.
   */
  private void history(PrintWriter out, Map<String, String> project) throws Exception {
    if (commits < 2) return;
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vigil-bench-java");
    try (org.eclipse.jgit.lib.Repository repository =
             new ProjectHistoryWriter(new Random(7), "//").write(dir, project, commits)) {
      long start = System.nanoTime();
      var result = new dev.vigil.engine.git.CommitPass(List.of(JavaTaintAnalyzer.withBuiltInModels()),
          new dev.vigil.engine.analysis.InMemoryAnalysisCache(), dev.vigil.engine.git.PassOptions.defaults())
          .run(repository, dev.vigil.engine.git.HistoryWindow.lastCommits("main", commits),
              dev.vigil.engine.git.ScanListener.NONE, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("history        %8.1f s %10.1f commits/s %4d findings (%d commits, one file edited in each)%n",
          seconds, commits / seconds, result.findings().size(), commits);
    } finally {
      org.eclipse.jgit.util.FileUtils.delete(dir.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
    }
  }

  private static AnalysisContext context(String path, String text) {
    return new AnalysisContext(path, Integer.toHexString(text.hashCode()), text.getBytes(StandardCharsets.UTF_8));
  }

  private static void report(PrintWriter out, String mode, long lines, long startNanos, int findings) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    out.printf("%-14s %8.1f s %10.0f lines/s %6d findings%n", mode, seconds, lines / seconds, findings);
  }
}
