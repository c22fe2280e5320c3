package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code yarn.lock}, classic (v1) and Berry alike: each unindented entry header names the
 * package ({@code "@scope/name@^1.0", name@~1.1:} or {@code "name@npm:^1.0":}), and its indented
 * {@code version} line the resolved version, where the dependency is reported.
 */
final class YarnLockParser implements ManifestParser {
  private static final Pattern VERSION = Pattern.compile("^\\s+version:?\\s+\"?([^\"\\s]+)\"?\\s*$");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("yarn.lock");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> dependencies = new ArrayList<>();
    String[] current = {null};
    new LineScanner(text).forEach((number, line) -> {
      if (line.isEmpty() || line.startsWith("#")) return;
      if (!Character.isWhitespace(line.charAt(0))) {
        current[0] = line.endsWith(":") ? packageName(line) : null;
        return;
      }
      Matcher m = VERSION.matcher(line);
      if (current[0] != null && m.matches()) {
        dependencies.add(new DeclaredDependency(Ecosystem.NPM, current[0], m.group(1), number));
        current[0] = null;
      }
    });
    LineScanner.checkCount(dependencies, "yarn.lock");
    return dependencies;
  }

  /** Returns the package name of an entry header, or null for a header that names none. */
  static String packageName(String header) {
    String first = header.substring(0, header.length() - 1).split(",")[0].strip();
    if (first.startsWith("\"") && first.endsWith("\"") && first.length() > 1) {
      first = first.substring(1, first.length() - 1);
    }
    int at = first.indexOf('@', 1);
    if (at <= 0) return null;
    String name = first.substring(0, at);
    return name.equals("__metadata") ? null : name;
  }
}
