package dev.vigil.engine.analysis;

import java.util.List;

/**
 * A plug-in that finds vulnerabilities in file versions.
 *
 * <p>Implementations are stateless and thread-safe. {@link #analyze} may throw any runtime
 * exception: the engine records it as an analysis error on that file and carries on with the scan.
 * Bump {@link #version} whenever rules or logic change, so cached results are not reused.
 */
public interface Analyzer {
  /** Returns the stable id used in caches, reports and {@code --analyzers}, e.g. {@code secrets}. */
  String id();

  /** Returns the version of the rules and logic; part of the cache key. */
  String version();

  /** Returns true if this analyzer wants to read the file at {@code path}. */
  boolean reads(String path);

  /** Returns the findings in one file version. */
  List<Finding> analyze(AnalysisContext context);

  /** Returns the rules this analyzer can report, for the rule tables of reports. */
  default List<RuleInfo> rules() {
    return List.of();
  }
}
