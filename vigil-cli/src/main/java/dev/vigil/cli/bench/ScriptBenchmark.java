package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import dev.vigil.engine.analysis.taint.TaintAnalyzer;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FileUtils;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times a Python or JavaScript taint analyzer on a generated project ({@link ScriptProjectGenerator}):
 * lines per second file by file, then the history pass (the head's whole tree with flows across
 * imports, then commits that each edit one file), with the heap in use after each.
 */
abstract class ScriptBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lines", defaultValue = "100000", description = "Lines to generate (default: ${DEFAULT-VALUE}).")
  int lines;

  @Option(names = "--commits", defaultValue = "100",
      description = "Commits of the history measured after the project (default: ${DEFAULT-VALUE}).")
  int commits;

  /** Returns the language generated. */
  abstract ScriptProjectGenerator.Language language();

  @Override
  public Integer call() throws Exception {
    if (lines < 100) throw new IllegalArgumentException("--lines must be at least 100");
    PrintWriter out = spec.commandLine().getOut();
    boolean python = language() == ScriptProjectGenerator.Language.PYTHON;
    Map<String, String> project = new ScriptProjectGenerator(language(), new Random(42)).generate(lines);
    long total = project.values().stream().mapToLong(s -> s.lines().count()).sum();
    out.printf("generated %d files, %d lines of %s%n", project.size(), total, python ? "Python" : "JavaScript");

    TaintAnalyzer analyzer = python ? PythonTaintAnalyzer.withBuiltInModels()
        : JavaScriptTaintAnalyzer.withBuiltInModels();
    var first = project.entrySet().iterator().next();
    analyzer.analyze(context(first.getKey(), first.getValue()));
    long start = System.nanoTime();
    int findings = 0;
    int refused = 0;
    for (var file : project.entrySet()) {
      try {
        findings += analyzer.analyze(context(file.getKey(), file.getValue())).size();
      } catch (RuntimeException e) {
        refused++;
        out.println("not analysed: " + e.getMessage());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf("file by file   %8.1f s %10.0f lines/s %6d findings, %d files not analysed, heap %s%n",
        seconds, total / seconds, findings, refused, heap());

    if (commits >= 2) history(out, analyzer, project, python ? "#" : "//");
    out.flush();
    return 0;
  }

  private void history(PrintWriter out, TaintAnalyzer analyzer, Map<String, String> project, String comment)
      throws Exception {
    Path dir = Files.createTempDirectory("vigil-bench-" + analyzer.id());
    try (Repository repository = new ProjectHistoryWriter(new Random(7), comment).write(dir, project, commits)) {
      long start = System.nanoTime();
      var result = new CommitPass(List.of(analyzer), new InMemoryAnalysisCache(), PassOptions.defaults())
          .run(repository, HistoryWindow.lastCommits("main", commits), ScanListener.NONE, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("history        %8.1f s %10.1f commits/s %4d findings (%d commits, one file edited in each), heap %s%n",
          seconds, commits / seconds, result.findings().size(), commits, heap());
    } finally {
      FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE);
    }
  }

  /** Returns the heap in use after a collection, e.g. {@code 212 MB}. */
  private static String heap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB";
  }

  private static AnalysisContext context(String path, String text) {
    return new AnalysisContext(path, Integer.toHexString(text.hashCode()), text.getBytes(StandardCharsets.UTF_8));
  }
}
