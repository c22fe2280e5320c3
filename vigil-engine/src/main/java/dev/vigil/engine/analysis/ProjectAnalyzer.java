package dev.vigil.engine.analysis;

/**
 * An analyzer whose findings in a file also depend on other files of the same tree: a call into
 * another file's method (inter-procedural taint), a parent manifest. Passes that see whole trees
 * analyse with a {@link ProjectSession} that follows the tree from commit to commit, so a change
 * to one file re-analyses the files whose findings it can change, with the rest of that commit's
 * tree as context. {@link #analyze} still analyses one file alone.
 */
public interface ProjectAnalyzer extends Analyzer {
  /**
   * Returns a new session over an empty tree. {@code cache} may keep results between passes; keys
   * must then name the content of every file a result depends on.
   */
  ProjectSession openSession(AnalysisCache cache);

  /**
   * Does ahead of time, on any thread, work that a later put of {@code file} into a session would
   * do (parsing it, typically), so a pass can spread that work over cores; never changes a result.
   * Does nothing by default.
   */
  default void prepare(AnalysisContext file) {}
}
