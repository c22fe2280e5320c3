package dev.vigil.engine.analysis.taint;

import java.util.ArrayDeque;
import java.util.Deque;

/** Helpers for resolving imports to the paths of a tree's files. */
public final class ModulePaths {
  private ModulePaths() {}

  /** Returns the folder of a slash-separated path, "" for a file at the root. */
  public static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** Returns {@code relative} resolved against {@code folder}, with {@code .} and {@code ..} removed. */
  public static String join(String folder, String relative) {
    Deque<String> parts = new ArrayDeque<>();
    for (String p : (folder.isEmpty() ? relative : folder + "/" + relative).split("/")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        if (!parts.isEmpty()) parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  /** Returns true if {@code path} is {@code candidate} or ends with {@code /candidate}. */
  public static boolean matches(String candidate, String path) {
    return path.equals(candidate) || path.endsWith("/" + candidate);
  }
}
