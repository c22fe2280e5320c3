package dev.vigil.engine.analysis.java.taint;

import java.util.regex.Pattern;

/** What a constant URL prefix fixes of the URL that continues it. */
final class UrlPrefixes {
  private static final Pattern FIXED_ORIGIN = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^/?#@\\\\]+/.*");
  /**
   * Calls that return the application's own configured absolute URL (Jenkins' {@code getRootUrl()}),
   * not one derived from the request's Host header ({@code getRootUrlFromRequest}).
   */
  private static final Pattern SITE_ROOT = Pattern.compile("get(Root|Base|Site)Url");
  private static final Pattern LOCAL_PATH = Pattern.compile("(?:redirect:|forward:)?/[^/\\\\].*");

  private UrlPrefixes() {}

  /** Returns true if the prefix fixes scheme and host ({@code https://host/...}). */
  static boolean fixesOrigin(String prefix) {
    return FIXED_ORIGIN.matcher(prefix).matches();
  }

  /** Returns true if an expression is a call returning the application's configured root URL. */
  static boolean isSiteRoot(com.github.javaparser.ast.expr.Expression e) {
    return e instanceof com.github.javaparser.ast.expr.MethodCallExpr m && m.getArguments().isEmpty()
        && SITE_ROOT.matcher(m.getNameAsString()).matches();
  }

  /** Returns true if the prefix is a path on the same site ({@code /x}, not {@code //host}). */
  static boolean isLocalPath(String prefix) {
    return LOCAL_PATH.matcher(prefix).matches();
  }
}
