package dev.vigil.engine.analysis.deps;

import java.util.Objects;

/**
 * Whether a tree's code imports a package, and, when the advisory names affected functions,
 * whether the code calls one; with the first place seen.
 *
 * @param status what is known about the package's use
 * @param namespace the namespace (or affected function) that was looked for or found
 * @param path the file of the first import or call, or "" when there is none
 * @param line the line of that import or call, or 0
 */
public record Reachability(Status status, String namespace, String path, int line) {
  public Reachability {
    Objects.requireNonNull(status, "status == null");
    namespace = namespace == null ? "" : namespace;
    path = path == null ? "" : path;
  }

  /**
   * What is known about the package's use: an affected function is called; the package is imported
   * but none of the affected functions the advisory names is called; imported (the advisory names
   * no functions); not imported; or unknown, when the tree has no code in the package's language.
   */
  public enum Status { AFFECTED_CALLED, AFFECTED_NOT_CALLED, IMPORTED, NOT_IMPORTED, UNKNOWN }

  /** Returns the evidence sentence for a finding, e.g. {@code imported in src/A.java:3 (org.x)}. */
  public String describe() {
    return switch (status) {
      case AFFECTED_CALLED -> "affected " + namespace + " is called in " + path + ":" + line;
      case AFFECTED_NOT_CALLED -> "imported in " + path + ":" + line + ", but no affected function ("
          + namespace + ") is called";
      case IMPORTED -> "imported in " + path + ":" + line + " (" + namespace + ")";
      case NOT_IMPORTED -> "no source file imports " + namespace;
      case UNKNOWN -> "no source files in the package's language to tell whether it is used";
    };
  }
}
