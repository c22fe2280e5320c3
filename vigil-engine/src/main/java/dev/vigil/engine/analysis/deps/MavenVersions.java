package dev.vigil.engine.analysis.deps;

import org.apache.maven.artifact.versioning.ComparableVersion;

/** Maven's own version ordering ({@link ComparableVersion}), which accepts any non-blank text. */
final class MavenVersions implements VersionScheme {
  @Override
  public int compare(String a, String b) {
    return parse(a).compareTo(parse(b));
  }

  private static ComparableVersion parse(String version) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("empty Maven version");
    }
    return new ComparableVersion(version.strip());
  }
}
