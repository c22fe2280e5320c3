package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.EvidenceStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain dependency declarations from {@code build.gradle} and {@code build.gradle.kts}:
 * {@code implementation "g:a:1.0"}, {@code implementation("g:a:1.0")} and the map notation
 * {@code implementation group: 'g', name: 'a', version: '1.0'}. A version written as
 * {@code $name} or {@code ${name}} is resolved when the same file assigns {@code name} a string
 * literal ({@code def}, {@code val}, {@code var}, {@code ext.name =} or inside {@code ext { }}),
 * else, when the project session gives them, from the build's folder's {@code gradle.properties},
 * the root build file's extra properties and the root {@code gradle.properties} ({@link
 * GradleProperties}). Known gap: versions set in other subprojects' builds or in {@code buildSrc},
 * version catalogs ({@code libs.x}, see {@link GradleVersionCatalogParser}) or platforms are not
 * evaluated; the build is not run.
 */
final class GradleBuildParser implements ManifestParser {
  private static final String CONFIGURATION =
      "(?:implementation|api|compile|compileOnly|runtime|runtimeOnly|classpath|annotationProcessor"
          + "|kapt|ksp|testImplementation|testCompile|testRuntimeOnly|testCompileOnly"
          + "|[a-z]\\w{0,40}?(?:Implementation|Api|RuntimeOnly|CompileOnly))\\b";
  private static final Pattern LITERAL = Pattern.compile("[0-9][^'\"\\s:@$]*");
  private static final String VERSION = "(" + LITERAL.pattern() + "|\\$\\{?\\w{1,80}}?)";
  private static final Pattern STRING_NOTATION = Pattern.compile("\\b" + CONFIGURATION
      + "\\s*+\\(?\\s*(?:platform\\s*\\(|enforcedPlatform\\s*\\()?\\s*['\"]([\\w.\\-]+):([\\w.\\-]+):"
      + VERSION + "(?::[\\w.\\-]+)?(?:@\\w+)?['\"]");
  private static final Pattern MAP_NOTATION = Pattern.compile("\\b" + CONFIGURATION
      + "\\s*\\(?\\s*group\\s*[:=]\\s*['\"]([\\w.\\-]+)['\"]\\s*,\\s*name\\s*[:=]\\s*['\"]([\\w.\\-]+)['\"]"
      + "\\s*,\\s*version\\s*[:=]\\s*['\"]" + VERSION + "['\"]");
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^\\s*(?:(?:def|val|var)\\s+|ext\\.|extra\\[\")?(\\w{1,80})\"?]?\\s*(?::\\s*String\\s*)?=\\s*['\"]([0-9][^'\"\\s$]*)['\"]");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("build.gradle") || fileName.equals("build.gradle.kts");
  }

  @Override
  public boolean lockFile() {
    return false;
  }

  /** The root project's build files, whose extra properties subprojects see. */
  static final List<String> ROOT_BUILDS = List.of("build.gradle", "build.gradle.kts");

  @Override
  public List<DeclaredDependency> parse(String text) {
    return parse(text, GradleProperties.NONE);
  }

  /**
   * Returns the literal values the build file {@code text} (at {@code path}) assigns to names
   * ({@code ext.x = '1.2'}, {@code def x = ...}, inside {@code ext { }}), for the subprojects that
   * use them as {@code $x}.
   */
  static GradleProperties extraProperties(String path, String text) {
    return GradleProperties.of(path, assignments(new LineScanner(text)));
  }

  /** Returns the first literal each name is assigned, with its line. */
  private static Map<String, Map.Entry<String, Integer>> assignments(LineScanner lines) {
    Map<String, Map.Entry<String, Integer>> values = new HashMap<>();
    lines.forEach((number, line) -> {
      Matcher m = ASSIGNMENT.matcher(line);
      if (line.length() <= 2000 && m.find()) values.putIfAbsent(m.group(1), Map.entry(m.group(2), number));
    });
    return values;
  }

  /** Returns the declared dependencies, with {@code $name} versions the file does not set taken from {@code properties}. */
  List<DeclaredDependency> parse(String text, GradleProperties properties) {
    LineScanner lines = new LineScanner(text);
    Map<String, String> variables = new HashMap<>();
    assignments(lines).forEach((name, set) -> variables.put(name, set.getKey()));
    List<DeclaredDependency> dependencies = new ArrayList<>();
    lines.forEach((number, line) -> {
      if (line.length() > 2000) return;
      for (Pattern pattern : List.of(STRING_NOTATION, MAP_NOTATION)) {
        for (String[] g : LineScanner.groups(pattern, line)) {
          String name = g[3].replaceAll("[${}]", "");
          boolean variable = g[3].startsWith("$");
          String version = !variable ? g[3] : variables.containsKey(name) ? variables.get(name)
              : properties.value(name);
          if (version == null || !LITERAL.matcher(version).matches()) continue;
          EvidenceStep origin = variable && !variables.containsKey(name) ? properties.origin(name) : null;
          dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, g[1] + ":" + g[2], version, number,
              true, origin));
        }
      }
    });
    LineScanner.checkCount(dependencies, "build.gradle");
    return dependencies;
  }
}
