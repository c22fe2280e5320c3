package dev.vigil.engine.validation.harness;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The class path a build left in its work tree, as the sandbox sees it (under {@code /workspace}):
 * compiled classes of Maven, Gradle and web-app layouts, then the jars of {@code WEB-INF/lib},
 * {@code target/dependency} and {@code lib} folders. Maven dependencies in the cache are added by
 * the harness script itself.
 */
final class BuildOutputs {
  private static final List<String> CLASS_FOLDERS = List.of("target/classes", "build/classes/java/main",
      "WEB-INF/classes");
  private static final List<String> JAR_FOLDERS = List.of("WEB-INF/lib", "target/dependency", "lib");
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", ".idea", "src");
  private static final int MAX_DEPTH = 8;

  private BuildOutputs() {}

  /** Returns the class path entries under {@code tree}, mapped to {@code inside} (the tree's path in the sandbox). */
  static List<String> classPath(Path tree, String inside) {
    List<String> folders = new ArrayList<>();
    List<String> jars = new ArrayList<>();
    try {
      Files.walkFileTree(tree, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          if (!dir.equals(tree) && SKIPPED.contains(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
          String relative = tree.relativize(dir).toString().replace('\\', '/');
          if (CLASS_FOLDERS.stream().anyMatch(f -> relative.equals(f) || relative.endsWith("/" + f))) {
            folders.add(relative);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          String relative = tree.relativize(file).toString().replace('\\', '/');
          String parent = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
          if (attributes.isRegularFile() && relative.endsWith(".jar")
              && JAR_FOLDERS.stream().anyMatch(f -> parent.equals(f) || parent.endsWith("/" + f))) {
            jars.add(relative);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // What was found so far is the class path; the harness says when a class is missing.
    }
    List<String> entries = new ArrayList<>();
    folders.stream().sorted().forEach(f -> entries.add(inside + "/" + f));
    jars.stream().sorted().forEach(j -> entries.add(inside + "/" + j));
    // A path that would break the script's quoting or the class path syntax is left out.
    return entries.stream().filter(e -> !e.contains("'") && !e.contains(":") && !e.contains("\n")).toList();
  }
}
