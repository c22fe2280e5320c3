package dev.vigil.engine.fix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Maven build file of the module that holds a fix's file: which libraries it already declares,
 * and a new dependency added next to the others, indented like them (a fix may add the library it
 * needs, nothing else). A module without a {@code pom.xml} is refused when a dependency must be added.
 */
final class BuildFile {
  private static final Pattern DEPENDENCIES = Pattern.compile("(?m)^([ \\t]*)</dependencies>");
  private final JavaFix.Edit edit;
  private final String path;

  private BuildFile(JavaFix.Edit edit, String path) {
    this.edit = edit;
    this.path = path;
  }

  /** Returns the build file of the module holding the edit's finding: the nearest {@code pom.xml} above it. */
  static BuildFile of(JavaFix.Edit edit) {
    String dir = edit.finding.location().path();
    while (dir.contains("/")) {
      dir = dir.substring(0, dir.lastIndexOf('/'));
      if (edit.read(dir + "/pom.xml").isPresent()) return new BuildFile(edit, dir + "/pom.xml");
    }
    return new BuildFile(edit, "pom.xml");
  }

  /** Returns the build file's path. */
  String path() {
    return path;
  }

  /** Returns true if the build file declares a dependency of {@code groupId}. */
  boolean has(String groupId) {
    return edit.read(path).map(text -> text.contains("<groupId>" + groupId + "</groupId>")).orElse(false);
  }

  /** Adds the dependency to the project's own {@code <dependencies>} (not its dependencyManagement). */
  void addDependency(String groupId, String artifactId, String version) {
    String text = edit.read(path).orElseThrow(() -> new NoSafeFix("the module has no pom.xml to add "
        + groupId + ":" + artifactId + " to, so the encoder cannot be added"));
    Matcher end = DEPENDENCIES.matcher(text);
    while (end.find()) {
      String before = text.substring(0, end.start());
      if (count(before, "<dependencyManagement>") != count(before, "</dependencyManagement>")) continue;
      String indent = end.group(1);
      String unit = " ".repeat(JavaUnit.indentUnit(text));
      String inner = indent + unit;
      String dependency = inner + "<dependency>\n" + inner + unit + "<groupId>" + groupId + "</groupId>\n"
          + inner + unit + "<artifactId>" + artifactId + "</artifactId>\n" + inner + unit + "<version>" + version
          + "</version>\n" + inner + "</dependency>\n";
      edit.write(path, before + dependency + text.substring(end.start()));
      return;
    }
    throw new NoSafeFix(path + " has no <dependencies> section of its own to add " + groupId + ":" + artifactId + " to");
  }

  private static int count(String text, String tag) {
    return text.split(Pattern.quote(tag), -1).length - 1;
  }
}
