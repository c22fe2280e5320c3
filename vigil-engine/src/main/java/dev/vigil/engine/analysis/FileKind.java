package dev.vigil.engine.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** Classifies a path by its name, so analyzers can say which files they read. */
public final class FileKind {
  /** Test sources and resources: folders named test or tests (src/test, src/it...), *Test.java. */
  private static final Pattern TEST_CODE = Pattern.compile(
      "(^|/)(src/test|src/it|src/testFixtures|test|tests|testing)/|(Test|Tests|IT)\\.java$");

  private FileKind() {}

  /**
   * Returns true if the path is test code or a test resource: it is not deployed, so what it holds
   * (fixtures, test keys, throw-away passwords) does not weaken the product.
   */
  public static boolean isTestCode(String path) {
    return TEST_CODE.matcher(path).find();
  }

  /**
   * Returns true if the path is in a Maven or Gradle test source tree ({@code src/test/}, {@code
   * src/it/}): code never compiled into the product, so no product flow runs through it.
   */
  public static boolean isInTestSourceTree(String path) {
    String p = "/" + path.replace('\\', '/');
    return p.contains("/src/test/") || p.contains("/src/it/");
  }

  /** Returns the lower-case extension of the file name without the dot, or "" if it has none. */
  public static String extension(String path) {
    String name = fileName(path);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Returns the last segment of a slash-separated path. */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
