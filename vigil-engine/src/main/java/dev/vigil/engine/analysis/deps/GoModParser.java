package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code go.mod}: {@code require} lines and blocks, with {@code replace} directives applied
 * (a module replaced by another version is reported at that version; one replaced by a local
 * folder is dropped). The {@code go} directive is not a toolchain version and is not reported.
 */
final class GoModParser implements ManifestParser {
  private static final Pattern REQUIRE = Pattern.compile(
      "^\\s*(?:require\\s+)?([^\\s()=]+)\\s+(v[^\\s/]+)\\s*(?://.*)?$");
  private static final Pattern REPLACE = Pattern.compile(
      "^\\s*(?:replace\\s+)?([^\\s()=]+)(?:\\s+v\\S+)?\\s*=>\\s*(\\S+)(?:\\s+(v\\S+))?\\s*$");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("go.mod");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> required = new ArrayList<>();
    Map<String, String[]> replacements = new HashMap<>();
    String[] block = {""};
    new LineScanner(text).forEach((number, raw) -> {
      String line = raw.strip();
      if (line.startsWith("require (") || line.startsWith("replace (") || line.startsWith("exclude (")
          || line.startsWith("retract (")) {
        block[0] = line.substring(0, line.indexOf(' '));
        return;
      }
      if (line.equals(")")) {
        block[0] = "";
        return;
      }
      boolean replace = line.startsWith("replace ") || block[0].equals("replace");
      boolean require = line.startsWith("require ") || block[0].equals("require");
      if (replace) {
        Matcher m = REPLACE.matcher(line);
        if (m.matches()) replacements.put(m.group(1), new String[] {m.group(2), m.group(3)});
      } else if (require) {
        Matcher m = REQUIRE.matcher(line);
        if (m.matches()) {
          required.add(new DeclaredDependency(Ecosystem.GO, m.group(1), m.group(2), number));
        }
      }
    });
    List<DeclaredDependency> dependencies = new ArrayList<>();
    for (DeclaredDependency d : required) {
      String[] target = replacements.get(d.name());
      if (target == null) {
        dependencies.add(d);
      } else if (target[1] != null) {
        dependencies.add(new DeclaredDependency(Ecosystem.GO, target[0], target[1], d.line()));
      }
    }
    LineScanner.checkCount(dependencies, "go.mod");
    return dependencies;
  }
}
