package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code poetry.lock}: every {@code [[package]]} table's {@code name} and {@code version},
 * reported at the line of its {@code name}. Packages from a local path or Git source are reported
 * too: their version is what the lock file says.
 */
final class PoetryLockParser implements ManifestParser {
  private final TomlDocuments toml = new TomlDocuments();

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("poetry.lock");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    JsonNode root = toml.read(text, "poetry.lock");
    LineScanner lines = new LineScanner(text);
    List<DeclaredDependency> dependencies = new ArrayList<>();
    int cursor = 1;
    for (JsonNode pkg : root.path("package")) {
      String name = pkg.path("name").asText("");
      String version = pkg.path("version").asText("");
      if (name.isEmpty() || version.isEmpty()) continue;
      Pattern nameLine = Pattern.compile("^\\s*name\\s*=\\s*[\"']" + Pattern.quote(name) + "[\"']");
      cursor = lines.find(nameLine, cursor);
      dependencies.add(new DeclaredDependency(Ecosystem.PYPI, name, version, cursor));
    }
    LineScanner.checkCount(dependencies, "poetry.lock");
    return dependencies;
  }
}
