package dev.vigil.engine.threatmodel;

import java.util.Objects;

/** Where a method of the call graph is declared: file and first and last line. */
public record MethodSite(MethodId method, String path, int line, int endLine) {
  public MethodSite {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
  }

  /** Returns true if {@code line} of {@code file} is inside this method. */
  public boolean contains(String file, int lineNumber) {
    return path.equals(file) && line <= lineNumber && lineNumber <= endLine;
  }
}
