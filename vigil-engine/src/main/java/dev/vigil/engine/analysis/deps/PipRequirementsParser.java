package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files ({@code requirements*.txt}): only pinned requirements
 * ({@code name==1.2.3}, with optional extras and environment markers) name a concrete version;
 * ranges, URLs, editable installs and {@code -r} includes are not reported.
 */
final class PipRequirementsParser implements ManifestParser {
  private static final Pattern PINNED = Pattern.compile(
      "^\\s*([A-Za-z0-9][A-Za-z0-9._\\-]*)\\s*(?:\\[[^\\]]*])?\\s*===?\\s*([A-Za-z0-9!+._\\-]+)\\s*(?:[;#\\\\].*)?$");

  @Override
  public boolean reads(String fileName) {
    return fileName.startsWith("requirements") && fileName.endsWith(".txt");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> dependencies = new ArrayList<>();
    new LineScanner(text).forEach((number, line) -> {
      if (line.length() > 1000) return;
      Matcher m = PINNED.matcher(line);
      if (m.matches() && !m.group(2).contains("*")) {
        dependencies.add(new DeclaredDependency(Ecosystem.PYPI, m.group(1), m.group(2), number));
      }
    });
    LineScanner.checkCount(dependencies, "requirements.txt");
    return dependencies;
  }
}
