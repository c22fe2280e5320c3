package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Gradle dependency locking's {@code gradle.lockfile}: {@code group:artifact:version=configurations}. */
final class GradleLockfileParser implements ManifestParser {
  private static final Pattern ENTRY = Pattern.compile("^([\\w.\\-]+):([\\w.\\-]+):([^=\\s]+)=");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("gradle.lockfile") || fileName.equals("buildscript-gradle.lockfile");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> dependencies = new ArrayList<>();
    new LineScanner(text).forEach((number, line) -> {
      Matcher m = ENTRY.matcher(line);
      if (m.find()) {
        dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, m.group(1) + ":" + m.group(2),
            m.group(3), number));
      }
    });
    LineScanner.checkCount(dependencies, "gradle.lockfile");
    return dependencies;
  }
}
