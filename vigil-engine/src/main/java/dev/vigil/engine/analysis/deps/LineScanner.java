package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for line-oriented manifests: walks lines with their 1-based numbers, and finds the line
 * of a TOML or YAML key, so parsers that read a tree can still point at the right line.
 */
final class LineScanner {
  /** The most dependencies one file may declare before it is refused as hostile. */
  static final int MAX_DEPENDENCIES = 250_000;

  private final List<String> lines;

  LineScanner(String text) {
    this.lines = text.lines().toList();
  }

  /** Calls {@code visitor} with each line and its 1-based number. */
  void forEach(BiConsumer<Integer, String> visitor) {
    for (int i = 0; i < lines.size(); i++) visitor.accept(i + 1, lines.get(i));
  }

  /** Returns the first line at or after {@code from} that {@code pattern} finds, or {@code from}. */
  int find(Pattern pattern, int from) {
    for (int i = Math.max(1, from); i <= lines.size(); i++) {
      if (pattern.matcher(lines.get(i - 1)).find()) return i;
    }
    return Math.max(1, from);
  }

  /** Returns the pattern of a line that assigns TOML key {@code key} (bare or quoted). */
  static Pattern tomlKey(String key) {
    String quoted = Pattern.quote(key);
    return Pattern.compile("^\\s*(?:" + quoted + "|\"" + quoted + "\"|'" + quoted + "')\\s*=");
  }

  /** Returns every match of {@code pattern} in {@code line} as a list of its groups. */
  static List<String[]> groups(Pattern pattern, String line) {
    List<String[]> all = new ArrayList<>();
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      String[] groups = new String[m.groupCount() + 1];
      for (int g = 0; g <= m.groupCount(); g++) groups[g] = m.group(g);
      all.add(groups);
    }
    return all;
  }

  /** Throws if a file declares more dependencies than {@link #MAX_DEPENDENCIES}. */
  static void checkCount(List<DeclaredDependency> dependencies, String kind) {
    checkCount(dependencies.size(), kind);
  }

  /** Throws if a file declares more than {@link #MAX_DEPENDENCIES} dependencies. */
  static void checkCount(int count, String kind) {
    if (count > MAX_DEPENDENCIES) {
      throw new ManifestException(kind + " declares more than " + MAX_DEPENDENCIES
          + " packages; refused as hostile", null);
    }
  }
}
