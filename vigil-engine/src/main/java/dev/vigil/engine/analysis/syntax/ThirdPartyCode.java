package dev.vigil.engine.analysis.syntax;

import java.util.regex.Pattern;

/**
 * Recognises script files that are not the repository's own source: minified files, bundles
 * (very long lines, a source-map comment, a bundler's runtime in a {@code dist/} or
 * {@code build/} folder), vendored folders ({@code node_modules/}, {@code bower_components/},
 * {@code vendor/}, ...) and library copies named with their version
 * ({@code jquery-3.7.1.js}). Their flows are the library's, and analysing them costs minutes on
 * a real repository, so they are not analysed, with the reason.
 */
public final class ThirdPartyCode {
  private static final Pattern VENDORED_FOLDER = Pattern.compile(
      "(^|/)(node_modules|bower_components|jspm_packages|vendor|vendors|third[_-]party|site-packages)/");
  private static final Pattern MINIFIED = Pattern.compile("(?i)[.-]min\\.[cm]?js$");
  private static final Pattern VERSIONED = Pattern.compile(
      "(?i)(^|/)[a-z][\\w.-]*?[-.]v?\\d+\\.\\d+(\\.\\d+)?([-.](alpha|beta|rc)\\.?\\d*)?(\\.min)?\\.[cm]?js$");
  private static final Pattern BUILD_FOLDER = Pattern.compile("(^|/)(dist|build)/");
  private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//[#@] sourceMappingURL=\\S+\\s*\\z");
  private static final Pattern BUNDLER_RUNTIME = Pattern.compile(
      "__webpack_require__|__webpack_modules__|System\\.register\\(|parcelRequire|\\bdefine\\.amd\\b");
  /** A line this long is not written by hand. */
  private static final int BUNDLE_LINE = 5_000;

  private ThirdPartyCode() {}

  /** Returns why the file at {@code path} is not the repository's own code, or null if it may be. */
  public static String byPath(String path) {
    var folder = VENDORED_FOLDER.matcher(path);
    if (folder.find()) return "vendored code (in " + folder.group(2) + "/)";
    if (MINIFIED.matcher(path).find()) return "a minified file";
    if (VERSIONED.matcher(path).find()) return "a copy of a library (its version is in the file name)";
    return null;
  }

  /**
   * Returns why the file at {@code path} holding {@code text} is not the repository's own code
   * (by its path, or a bundle by its content), or null if it may be.
   */
  public static String reason(String path, String text) {
    String byPath = byPath(path);
    if (byPath != null) return byPath;
    if (longestLine(text) > BUNDLE_LINE) return "a bundle or minified file (a line over " + BUNDLE_LINE + " characters)";
    if (SOURCE_MAP.matcher(text).find()) return "a bundle or generated file (it ends with a source map comment)";
    if (BUILD_FOLDER.matcher(path).find() && BUNDLER_RUNTIME.matcher(text).find()) {
      return "a bundle (a bundler's runtime in a build output folder)";
    }
    return null;
  }

  private static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return longest;
  }
}
