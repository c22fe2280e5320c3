package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the built-in analyzers on one file, as a scan does, to get real findings for fix tests. */
final class Findings {
  private Findings() {}

  /** Returns the findings of {@code ruleId} the built-in analyzers report in {@code text} at {@code path}. */
  static List<Finding> of(String ruleId, String path, String text) {
    AnalysisContext context = new AnalysisContext(path, Integer.toHexString(text.hashCode()),
        text.getBytes(StandardCharsets.UTF_8));
    return AnalyzerRegistry.builtIn().all().stream().filter(a -> a.reads(path))
        .flatMap(a -> analyze(a, context).stream()).filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** Returns the one finding of {@code ruleId} in {@code text}; fails when there is not exactly one. */
  static Finding one(String ruleId, String path, String text) {
    List<Finding> found = of(ruleId, path, text);
    if (found.size() != 1) throw new AssertionError("expected one " + ruleId + " finding, got " + found);
    return found.get(0);
  }

  private static List<Finding> analyze(Analyzer analyzer, AnalysisContext context) {
    return analyzer.analyze(context);
  }
}
