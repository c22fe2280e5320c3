package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain dependency declarations from {@code build.gradle} and {@code build.gradle.kts}:
 * {@code implementation "g:a:1.0"}, {@code implementation("g:a:1.0")} and the map notation
 * {@code implementation group: 'g', name: 'a', version: '1.0'}. Known gap: versions held in
 * variables, {@code ext} properties, version catalogs ({@code libs.x}, see
 * {@link GradleVersionCatalogParser}) or platforms are not evaluated; the build is not run.
 */
final class GradleBuildParser implements ManifestParser {
  private static final String CONFIGURATION =
      "(?:implementation|api|compile|compileOnly|runtime|runtimeOnly|classpath|annotationProcessor"
          + "|kapt|ksp|testImplementation|testCompile|testRuntimeOnly|testCompileOnly"
          + "|[a-z]\\w{0,40}?(?:Implementation|Api|RuntimeOnly|CompileOnly))\\b";
  private static final Pattern STRING_NOTATION = Pattern.compile("\\b" + CONFIGURATION
      + "\\s*+\\(?\\s*(?:platform\\s*\\(|enforcedPlatform\\s*\\()?\\s*['\"]([\\w.\\-]+):([\\w.\\-]+):"
      + "([0-9][^'\"\\s:@$]*)(?::[\\w.\\-]+)?(?:@\\w+)?['\"]");
  private static final Pattern MAP_NOTATION = Pattern.compile("\\b" + CONFIGURATION
      + "\\s*\\(?\\s*group\\s*[:=]\\s*['\"]([\\w.\\-]+)['\"]\\s*,\\s*name\\s*[:=]\\s*['\"]([\\w.\\-]+)['\"]"
      + "\\s*,\\s*version\\s*[:=]\\s*['\"]([0-9][^'\"\\s$]*)['\"]");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("build.gradle") || fileName.equals("build.gradle.kts");
  }

  @Override
  public boolean lockFile() {
    return false;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> dependencies = new ArrayList<>();
    new LineScanner(text).forEach((number, line) -> {
      if (line.length() > 2000) return;
      for (Pattern pattern : List.of(STRING_NOTATION, MAP_NOTATION)) {
        for (String[] g : LineScanner.groups(pattern, line)) {
          dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, g[1] + ":" + g[2], g[3], number));
        }
      }
    });
    LineScanner.checkCount(dependencies, "build.gradle");
    return dependencies;
  }
}
