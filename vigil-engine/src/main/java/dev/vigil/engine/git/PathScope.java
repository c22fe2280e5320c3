package dev.vigil.engine.git;

import java.util.Arrays;
import java.util.List;

/**
 * The folders or files of a repository a scan covers; empty means the whole repository. A path is
 * in scope when it is one of them or lies below one of them.
 */
public record PathScope(List<String> roots) {
  /** The whole repository. */
  public static final PathScope ALL = new PathScope(List.of());

  public PathScope {
    roots = roots.stream().map(PathScope::clean).filter(root -> !root.isEmpty()).toList();
  }

  /** Parses roots separated by commas or new lines, e.g. {@code "src/main, config"}; blank = all. */
  public static PathScope parse(String text) {
    if (text == null || text.isBlank()) return ALL;
    return new PathScope(Arrays.asList(text.split("[,\\n]")));
  }

  /** Returns true if {@code path} is covered. */
  public boolean includes(String path) {
    if (roots.isEmpty()) return true;
    for (String root : roots) {
      if (path.equals(root) || path.startsWith(root + "/")) return true;
    }
    return false;
  }

  private static String clean(String root) {
    String cleaned = root.strip().replace('\\', '/');
    while (cleaned.startsWith("./")) cleaned = cleaned.substring(2);
    while (cleaned.startsWith("/")) cleaned = cleaned.substring(1);
    while (cleaned.endsWith("/")) cleaned = cleaned.substring(0, cleaned.length() - 1);
    return cleaned;
  }
}
