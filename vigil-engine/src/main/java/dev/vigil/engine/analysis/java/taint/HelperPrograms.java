package dev.vigil.engine.analysis.java.taint;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a repository's helper programs (build and release tools, code generators, examples,
 * benchmarks, tests) from its product: their {@code main} arguments come from the build script or
 * the developer who runs them, not from an attacker. A file is a helper when a folder of its
 * module path (before {@code src}), its source set ({@code src/test}), or a segment of its
 * package after the reverse domain ({@code org.jsoup.examples}) names one.
 */
final class HelperPrograms {
  private static final Set<String> HELPER_WORDS = Set.of("build", "buildsrc", "tools", "tool",
      "tooling", "codegen", "generator", "generators", "examples", "example", "samples", "sample",
      "demo", "demos", "scripts", "script", "ci", "release", "benchmark", "benchmarks", "jmh",
      "test", "tests", "it", "testing");

  private HelperPrograms() {}

  /** Returns true if the source file is a helper program rather than product code. */
  static boolean isHelper(JavaSource source) {
    String[] folders = source.path().replace('\\', '/').split("/");
    for (int i = 0; i < folders.length - 1; i++) {
      if (folders[i].equals("src")) {
        if (i + 1 < folders.length - 1 && helper(folders[i + 1])) return true;
        break;
      }
      if (helper(folders[i])) return true;
    }
    String[] segments = source.packageName().split("\\.");
    for (int i = 2; i < segments.length; i++) {
      if (helper(segments[i])) return true;
    }
    return false;
  }

  private static boolean helper(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[-_.]")) {
      if (HELPER_WORDS.contains(word)) return true;
    }
    return false;
  }
}
