package dev.vigil.engine.analysis;

import java.util.Locale;

/** Classifies a path by its name, so analyzers can say which files they read. */
public final class FileKind {
  private FileKind() {}

  /** Returns the lower-case extension of the file name without the dot, or "" if it has none. */
  public static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Returns the last segment of a slash-separated path. */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
