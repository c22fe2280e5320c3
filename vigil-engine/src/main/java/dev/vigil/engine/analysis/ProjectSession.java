package dev.vigil.engine.analysis;

import java.util.List;
import java.util.Map;

/**
 * One analyzer's view of a tree as a pass changes it: files are put and removed, then {@link
 * #analyse} reports what changed. Not thread-safe: one per pass.
 */
public interface ProjectSession {
  /** The file at {@code file.path()} is now this version (added or changed). */
  void put(AnalysisContext file);

  /** The file at {@code path} left the tree. */
  void remove(String path);

  /**
   * Analyses the tree as it now is and returns the findings of every file whose findings may have
   * changed since the last call (all files, the first time).
   */
  Update analyse();

  /**
   * What changed: findings by the file they belong to, that is the file whose change can make
   * them come or go (they may be located in another file: a sink reached from this file's
   * method); a file whose findings are now none maps to an empty list. {@code failures} names
   * files put since the last call that could not be analysed, or not fully, and why.
   */
  record Update(Map<String, List<Finding>> findings, Map<String, String> failures) {
    public Update {
      findings = Map.copyOf(findings);
      failures = Map.copyOf(failures);
    }

    /** Returns an update in which nothing changed. */
    public static Update none() {
      return new Update(Map.of(), Map.of());
    }
  }
}
