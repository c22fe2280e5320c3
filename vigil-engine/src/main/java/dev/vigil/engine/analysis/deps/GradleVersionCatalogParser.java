package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Gradle version catalog ({@code libs.versions.toml}, or any {@code *.versions.toml}):
 * each {@code [libraries]} alias written as {@code "g:a:v"} or as a table with {@code module} or
 * {@code group} and {@code name}, and a {@code version} that is a string, a {@code version.ref}
 * into {@code [versions]}, or a rich version ({@code strictly}, {@code require}, {@code prefer}).
 * Reported at the alias's line.
 */
final class GradleVersionCatalogParser implements ManifestParser {
  private static final Pattern LIBRARIES = Pattern.compile("^\\s*\\[libraries]");

  private final TomlDocuments toml = new TomlDocuments();

  @Override
  public boolean reads(String fileName) {
    return fileName.endsWith(".versions.toml");
  }

  @Override
  public boolean lockFile() {
    return false;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    JsonNode root = toml.read(text, "libs.versions.toml");
    LineScanner lines = new LineScanner(text);
    int section = lines.find(LIBRARIES, 1);
    List<DeclaredDependency> dependencies = new ArrayList<>();
    for (Map.Entry<String, JsonNode> library : root.path("libraries").properties()) {
      String[] coordinates = coordinates(library.getValue(), root.path("versions"));
      if (coordinates == null) continue;
      int line = lines.find(LineScanner.tomlKey(library.getKey()), section);
      dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, coordinates[0], coordinates[1], line));
    }
    LineScanner.checkCount(dependencies, "libs.versions.toml");
    return dependencies;
  }

  /** Returns {@code {group:artifact, version}} of a library, or null if it has no concrete version. */
  private static String[] coordinates(JsonNode library, JsonNode versions) {
    if (library.isTextual()) {
      String[] parts = library.asText().split(":");
      return parts.length == 3 ? new String[] {parts[0] + ":" + parts[1], parts[2]} : null;
    }
    String module = library.path("module").asText("");
    if (module.isEmpty() && library.has("group") && library.has("name")) {
      module = library.path("group").asText() + ":" + library.path("name").asText();
    }
    JsonNode version = library.path("version");
    if (version.isObject() && version.has("ref")) {
      version = versions.path(version.path("ref").asText());
    }
    String concrete = concrete(version);
    return module.contains(":") && concrete != null ? new String[] {module, concrete} : null;
  }

  private static String concrete(JsonNode version) {
    if (version.isTextual()) return plain(version.asText());
    for (String key : List.of("strictly", "require", "prefer")) {
      if (version.path(key).isTextual()) return plain(version.path(key).asText());
    }
    return null;
  }

  private static String plain(String version) {
    String v = version.strip();
    return v.isEmpty() || "[(".indexOf(v.charAt(0)) >= 0 || v.contains("+") || v.contains(",") ? null : v;
  }
}
