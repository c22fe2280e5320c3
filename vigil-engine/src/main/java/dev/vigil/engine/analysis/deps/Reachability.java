package dev.vigil.engine.analysis.deps;

import java.util.Objects;

/**
 * Whether a tree's code imports a package: and if so the first import seen.
 *
 * @param status imported, not imported, or unknown when the tree has no code of the package's language
 * @param namespace the namespace that was looked for (or found)
 * @param path the file of the first import, or "" when not imported
 * @param line the line of that import, or 0
 */
public record Reachability(Status status, String namespace, String path, int line) {
  public Reachability {
    Objects.requireNonNull(status, "status == null");
    namespace = namespace == null ? "" : namespace;
    path = path == null ? "" : path;
  }

  /** What is known about the package's use. */
  public enum Status { IMPORTED, NOT_IMPORTED, UNKNOWN }

  /** Returns the evidence sentence for a finding, e.g. {@code imported in src/A.java:3 (org.x)}. */
  public String describe() {
    return switch (status) {
      case IMPORTED -> "imported in " + path + ":" + line + " (" + namespace + ")";
      case NOT_IMPORTED -> "no source file imports " + namespace;
      case UNKNOWN -> "no source files in the package's language to tell whether it is used";
    };
  }
}
