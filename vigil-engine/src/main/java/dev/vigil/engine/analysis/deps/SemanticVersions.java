package dev.vigil.engine.analysis.deps;

import org.semver4j.Semver;

/**
 * Semantic Versioning 2.0 ordering (semver4j), for npm, and for Go modules, whose versions are
 * semver with a {@code v} prefix (OSV writes them without it) and may carry {@code +incompatible}.
 */
final class SemanticVersions implements VersionScheme {
  @Override
  public int compare(String a, String b) {
    return parse(a).compareTo(parse(b));
  }

  private static Semver parse(String version) {
    String text = version == null ? "" : version.strip();
    if (text.startsWith("v") || text.startsWith("=")) text = text.substring(1);
    Semver parsed = Semver.parse(text);
    if (parsed == null) throw new IllegalArgumentException("'" + version + "' is not a semantic version");
    return parsed;
  }
}
