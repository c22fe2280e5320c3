package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges one file's findings from several project analyzers so that one weakness is reported
 * once: where analyzers report the same CWE on the same line (a taint flow into a parser and a
 * configuration rule on that parser, for instance), only the findings of the analyzer with the
 * strongest one are kept: higher confidence first, then longer evidence (a source-to-sink flow
 * over a single step). One analyzer's own findings on a line (separate flows) are all kept.
 */
final class OverlappingFindings {
  private static final Comparator<Finding> STRENGTH = Comparator
      .comparing((Finding f) -> f.confidence().ordinal(), Comparator.reverseOrder())
      .thenComparingInt(f -> f.evidence().size());

  private OverlappingFindings() {}

  /** Returns the findings of {@code byAnalyzer} (in analyzer order) without cross-analyzer repeats. */
  static List<Finding> merge(Map<String, List<Finding>> byAnalyzer) {
    Map<String, String> strongestAnalyzer = new LinkedHashMap<>();
    Map<String, Finding> strongest = new LinkedHashMap<>();
    byAnalyzer.forEach((analyzer, findings) -> {
      for (Finding finding : findings) {
        String key = key(finding);
        Finding best = strongest.get(key);
        if (best == null || STRENGTH.compare(finding, best) > 0) {
          strongest.put(key, finding);
          strongestAnalyzer.put(key, analyzer);
        }
      }
    });
    List<Finding> merged = new ArrayList<>();
    byAnalyzer.forEach((analyzer, findings) -> {
      for (Finding finding : findings) {
        if (analyzer.equals(strongestAnalyzer.get(key(finding)))) merged.add(finding);
      }
    });
    return merged;
  }

  private static String key(Finding finding) {
    return finding.location().line() + ":" + finding.cwe();
  }
}
