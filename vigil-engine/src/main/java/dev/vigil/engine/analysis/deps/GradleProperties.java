package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Location;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The values a {@code gradle.properties} file sets, each with its file and line, for build files
 * that write versions as {@code $name}. Read with {@link Properties#load}, Gradle's own format.
 */
final class GradleProperties {
  /** The properties of no file. */
  static final GradleProperties NONE = new GradleProperties(Map.of());

  private final Map<String, Setting> values;

  private GradleProperties(Map<String, Setting> values) {
    this.values = values;
  }

  /** Returns true if {@code path} names a {@code gradle.properties} file. */
  static boolean isPropertiesFile(String path) {
    return path.equals("gradle.properties") || path.endsWith("/gradle.properties");
  }

  /**
   * Returns the properties files a build file at {@code buildPath} reads, the nearest first: its
   * own folder's and the repository root's. (Between the two, a subproject also sees the extra
   * properties of the root build file: {@link GradleBuildParser#ROOT_BUILDS}.)
   */
  static List<String> filesFor(String buildPath) {
    int slash = buildPath.lastIndexOf('/');
    return slash < 0 ? List.of("gradle.properties")
        : List.of(buildPath.substring(0, slash) + "/gradle.properties", "gradle.properties");
  }

  /** Returns the properties {@code text} (the file at {@code path}) sets. */
  static GradleProperties read(String path, String text) {
    Properties loaded = new Properties();
    try {
      loaded.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new ManifestException("gradle.properties cannot be read: " + e.getMessage(), e);
    }
    LineScanner lines = new LineScanner(text);
    Map<String, Setting> values = new HashMap<>();
    for (String name : loaded.stringPropertyNames()) {
      if (name.length() > 200) continue;
      int line = lines.find(Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*[=:\\s]"), 1);
      String value = loaded.getProperty(name).strip();
      values.put(name, new Setting(value, new EvidenceStep(Location.line(path, line), "",
          path + " sets " + name + " = " + value)));
    }
    return new GradleProperties(values);
  }

  /** Returns the properties {@code values} (name to value and the line setting it) of the file at {@code path}. */
  static GradleProperties of(String path, Map<String, Map.Entry<String, Integer>> values) {
    Map<String, Setting> settings = new HashMap<>();
    values.forEach((name, set) -> settings.put(name, new Setting(set.getKey(), new EvidenceStep(
        Location.line(path, set.getValue()), "", path + " sets " + name + " = " + set.getKey()))));
    return new GradleProperties(settings);
  }

  /** Returns these properties with {@code fallback}'s added where these set none. */
  GradleProperties or(GradleProperties fallback) {
    Map<String, Setting> merged = new HashMap<>(fallback.values);
    merged.putAll(values);
    return new GradleProperties(merged);
  }

  /** Returns the value of {@code name}, or null. */
  String value(String name) {
    Setting setting = values.get(name);
    return setting == null ? null : setting.value();
  }

  /** Returns where {@code name} is set, as evidence, or null. */
  EvidenceStep origin(String name) {
    Setting setting = values.get(name);
    return setting == null ? null : setting.origin();
  }

  /** A value and the line that sets it. */
  private record Setting(String value, EvidenceStep origin) {}
}
