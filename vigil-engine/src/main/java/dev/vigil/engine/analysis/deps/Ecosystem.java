package dev.vigil.engine.analysis.deps;

import java.util.Locale;

/**
 * A package ecosystem Vigil reads manifests of, with its OSV name, how it spells package names
 * and how it orders versions.
 */
public enum Ecosystem {
  MAVEN("Maven", new MavenVersions()),
  NPM("npm", new SemanticVersions()),
  PYPI("PyPI", new PythonVersions()),
  GO("Go", new SemanticVersions());

  private final String osvName;
  private final VersionScheme versions;

  Ecosystem(String osvName, VersionScheme versions) {
    this.osvName = osvName;
    this.versions = versions;
  }

  /** Returns the ecosystem's name in OSV records, e.g. {@code PyPI}. */
  public String osvName() {
    return osvName;
  }

  /** Returns how the ecosystem orders versions. */
  VersionScheme versions() {
    return versions;
  }

  /** Returns the ecosystem OSV calls {@code name}, or null for one Vigil does not read. */
  public static Ecosystem ofOsvName(String name) {
    for (Ecosystem ecosystem : values()) {
      if (ecosystem.osvName.equals(name)) return ecosystem;
    }
    return null;
  }

  /**
   * Returns the package name as the ecosystem compares names: PyPI names normalised per PEP 503
   * (lower case, runs of {@code -_.} as one {@code -}); Maven {@code group:artifact} and npm and Go
   * names as written.
   */
  public String normalise(String name) {
    String stripped = name.strip();
    return this == PYPI ? stripped.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-") : stripped;
  }
}
