package dev.vigil.engine.fix;

import java.util.Objects;

/** One file a patch changes: its path in the tree, its text before and its text after. */
public record FileEdit(String path, String before, String after) {
  public FileEdit {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    if (path.startsWith("/") || path.contains("\\") || java.util.Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative path inside the tree: '" + path + "'");
    }
  }

  /** Returns true if the edit changes the file's text. */
  public boolean changes() {
    return !before.equals(after);
  }
}
