package dev.vigil.engine.analysis.java.quality;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Map;

/**
 * How an analyzer analyses several files together (for cross-file cases): the id of the analyzer
 * it stands in for, and the analysis of a map of path to source text.
 */
record ProjectAnalysis(String analyzerId, Analysis analysis) {
  /** The analysis of files together: their findings, and messages of files left out. */
  interface Analysis {
    /** Returns the outcome of analysing {@code sources} (path to text) together. */
    Outcome analyze(Map<String, String> sources);
  }

  /** The findings of a project, and the problems of files that could not be analysed. */
  record Outcome(List<Finding> findings, List<String> problems) {
    Outcome {
      findings = List.copyOf(findings);
      problems = List.copyOf(problems);
    }
  }
}
