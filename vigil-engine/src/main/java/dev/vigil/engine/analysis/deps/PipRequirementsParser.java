package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files ({@code requirements*.txt}). A requirement pinned to one version
 * ({@code name==1.2.3} or {@code name===1.2.3}, with optional extras and environment markers)
 * names a concrete version. A range ({@code >=}, {@code ~=}, {@code <}, {@code !=}, {@code ==2.*},
 * combined with commas) is reported as not pinned, with the requirement as written: the version
 * installed is whatever the resolver picks, which the file does not record (see {@link
 * PythonRequirement}). A bare name (any version), URLs, editable installs and {@code -r}
 * includes are not reported.
 */
final class PipRequirementsParser implements ManifestParser {
  private static final Pattern REQUIREMENT = Pattern.compile(
      "^\\s*([A-Za-z0-9][A-Za-z0-9._\\-]*)\\s*(?:\\[[^\\]]*])?\\s*([~=!<>][^;#\\\\]*)?(?:[;#\\\\].*)?$");
  private static final Pattern PINNED = Pattern.compile("===?\\s*([A-Za-z0-9!+._\\-]+)");

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
      Matcher m = REQUIREMENT.matcher(line);
      if (!m.matches() || m.group(2) == null) return;
      String specifier = m.group(2).strip();
      Matcher pinned = PINNED.matcher(specifier);
      if (pinned.matches()) {
        dependencies.add(new DeclaredDependency(Ecosystem.PYPI, m.group(1), pinned.group(1), number));
      } else if (PythonRequirement.parse(specifier) != null) {
        dependencies.add(new DeclaredDependency(Ecosystem.PYPI, m.group(1),
            specifier.replaceAll("\\s+", ""), number, false, null));
      }
    });
    LineScanner.checkCount(dependencies, "requirements.txt");
    return dependencies;
  }
}
