package dev.vigil.engine.analysis;

import java.util.Objects;

/**
 * A region of a file, 1-based and inclusive. Columns are 1-based; 0 means "whole line".
 */
public record Location(String path, int line, int column, int endLine, int endColumn) {
  public Location {
    Objects.requireNonNull(path, "path == null");
    if (line < 1) throw new IllegalArgumentException("line < 1: " + line);
    if (endLine < line) throw new IllegalArgumentException("endLine < line: " + endLine);
  }

  /** Returns a location covering one whole line. */
  public static Location line(String path, int line) {
    return new Location(path, line, 0, line, 0);
  }

  /** Returns the same region in a file at another path (a rename or a copy of the same blob). */
  public Location withPath(String newPath) {
    return new Location(newPath, line, column, endLine, endColumn);
  }
}
