package dev.vigil.engine.fix;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build file of the module that holds a fix's file, Maven ({@code pom.xml}) or Gradle
 * ({@code build.gradle}, {@code build.gradle.kts}): which libraries it already declares (for Gradle,
 * also through the version catalog), and a new dependency added after the others, indented and
 * quoted like them (a fix may add the library it needs, nothing else). A module without a build file
 * is refused when a dependency must be added.
 */
final class BuildFile {
  /** The names of the build files, nearest first within one folder. */
  static final List<String> NAMES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
  private static final Pattern MAVEN_END = Pattern.compile("(?m)^([ \\t]*)</dependencies>");
  private static final Pattern GRADLE_START = Pattern.compile("(?m)^dependencies\\s*\\{[ \\t]*$");
  private static final Pattern GRADLE_LINE = Pattern.compile("(?m)^([ \\t]+)\\w+\\s*\\(?\\s*(['\"])");
  private static final String CATALOG = "gradle/libs.versions.toml";
  private final JavaFix.Edit edit;
  private final String path;

  private BuildFile(JavaFix.Edit edit, String path) {
    this.edit = edit;
    this.path = path;
  }

  /** Returns the build file of the module holding the edit's finding: the nearest one above it. */
  static BuildFile of(JavaFix.Edit edit) {
    String dir = edit.finding.location().path();
    while (dir.contains("/")) {
      dir = dir.substring(0, dir.lastIndexOf('/'));
      for (String name : NAMES) if (edit.read(dir + "/" + name).isPresent()) return new BuildFile(edit, dir + "/" + name);
    }
    for (String name : NAMES) if (edit.read(name).isPresent()) return new BuildFile(edit, name);
    return new BuildFile(edit, "pom.xml");
  }

  /** Returns true if {@code path} names a build file a fix may add a dependency to. */
  static boolean isBuildFile(String path) {
    return NAMES.stream().anyMatch(name -> path.equals(name) || path.endsWith("/" + name));
  }

  /** Returns the build file's path. */
  String path() {
    return path;
  }

  /** Returns true if the build file (or, for Gradle, the version catalog) declares a dependency of {@code groupId}. */
  boolean has(String groupId) {
    if (maven()) return edit.read(path).map(text -> text.contains("<groupId>" + groupId + "</groupId>")).orElse(false);
    return Optional.of(edit.read(path).orElse("") + edit.read(CATALOG).orElse(""))
        .map(text -> text.contains(groupId + ":") || text.matches("(?s).*group\\s*[:=]\\s*['\"]" + Pattern.quote(groupId)
            + "['\"].*")).orElse(false);
  }

  /** Adds the dependency to the project's own dependencies (not a dependencyManagement or buildscript). */
  void addDependency(String groupId, String artifactId, String version) {
    String text = edit.read(path).orElseThrow(() -> new NoSafeFix("the module has no build file to add "
        + groupId + ":" + artifactId + " to, so the encoder cannot be added"));
    String added = maven() ? addToPom(text, groupId, artifactId, version)
        : addToGradle(text, groupId + ":" + artifactId + ":" + version);
    if (added == null) {
      throw new NoSafeFix(path + " has no dependencies section of its own to add " + groupId + ":" + artifactId + " to");
    }
    edit.write(path, added);
  }

  private boolean maven() {
    return path.endsWith("pom.xml");
  }

  private static String addToPom(String text, String groupId, String artifactId, String version) {
    Matcher end = MAVEN_END.matcher(text);
    while (end.find()) {
      String before = text.substring(0, end.start());
      if (count(before, "<dependencyManagement>") != count(before, "</dependencyManagement>")) continue;
      String indent = end.group(1);
      String unit = " ".repeat(JavaUnit.indentUnit(text));
      String inner = indent + unit;
      String dependency = inner + "<dependency>\n" + inner + unit + "<groupId>" + groupId + "</groupId>\n"
          + inner + unit + "<artifactId>" + artifactId + "</artifactId>\n" + inner + unit + "<version>" + version
          + "</version>\n" + inner + "</dependency>\n";
      return before + dependency + text.substring(end.start());
    }
    return null;
  }

  /** Adds an {@code implementation} line at the end of the top-level {@code dependencies} block. */
  private String addToGradle(String text, String coordinates) {
    Matcher start = GRADLE_START.matcher(text);
    if (!start.find()) return null;
    int depth = 1;
    int close = start.end();
    while (close < text.length() && depth > 0) {
      char c = text.charAt(close++);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    if (depth > 0) return null;
    int lineStart = text.lastIndexOf('\n', close - 1) + 1;
    String block = text.substring(start.end(), lineStart);
    Matcher sibling = GRADLE_LINE.matcher(block);
    boolean found = sibling.find();
    String indent = found ? sibling.group(1) : " ".repeat(Math.max(2, JavaUnit.indentUnit(text)));
    String quote = found ? sibling.group(2) : "\"";
    String line = path.endsWith(".kts") ? indent + "implementation(\"" + coordinates + "\")\n"
        : indent + "implementation " + quote + coordinates + quote + "\n";
    return text.substring(0, lineStart) + line + text.substring(lineStart);
  }

  private static int count(String text, String tag) {
    return text.split(Pattern.quote(tag), -1).length - 1;
  }
}
