package dev.vigil.engine.fix;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JUnit generation a module's tests use, read from its build file ({@code pom.xml},
 * {@code build.gradle}, {@code build.gradle.kts}) or the Gradle version catalog: JUnit 5 (Jupiter)
 * where it is declared, else JUnit 4. A generated test follows it: imports, assertion argument order,
 * public or package-private test members.
 */
enum TestFramework {
  JUNIT4("import static org.junit.Assert.assertTrue;\n\nimport org.junit.Test;", "public "),
  JUNIT5("import static org.junit.jupiter.api.Assertions.assertTrue;\n\nimport org.junit.jupiter.api.Test;", "");

  private final String imports;
  private final String visibility;

  TestFramework(String imports, String visibility) {
    this.imports = imports;
    this.visibility = visibility;
  }

  /** Returns the framework the build files of {@code module} (a path prefix ending in / or empty) declare. */
  static Optional<TestFramework> of(SourceFiles files, String module) {
    String build = Stream.of("pom.xml", "build.gradle", "build.gradle.kts").map(f -> files.read(module + f))
        .flatMap(Optional::stream).findFirst().orElse("");
    String catalog = files.read("gradle/libs.versions.toml").orElse("");
    String declared = build + "\n" + (build.contains("libs.") ? catalog : "");
    if (declared.contains("junit-jupiter") || declared.contains("org.junit.jupiter")) return Optional.of(JUNIT5);
    boolean junit4 = declared.contains("<artifactId>junit</artifactId>") || declared.contains("junit:junit");
    return junit4 ? Optional.of(JUNIT4) : Optional.empty();
  }

  /** Returns the test's imports of {@code Test} and {@code assertTrue}. */
  String imports() {
    return imports;
  }

  /** Returns the modifier of the test class and method ({@code public } for JUnit 4). */
  String visibility() {
    return visibility;
  }

  /** Returns the assertion that {@code condition} holds, else fails with {@code message}. */
  String assertion(String condition, String message) {
    return this == JUNIT5 ? "assertTrue(" + condition + ", " + message + ");" : "assertTrue(" + message + ", " + condition + ");";
  }
}
