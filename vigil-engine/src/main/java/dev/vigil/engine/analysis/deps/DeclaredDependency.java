package dev.vigil.engine.analysis.deps;

import java.util.Objects;

/**
 * A package at a concrete version, as a manifest or lock file names it.
 *
 * @param ecosystem the package ecosystem
 * @param name the package name as the ecosystem writes it ({@code group:artifact} for Maven)
 * @param version the concrete version
 * @param line the 1-based line that names the version (or the package when the version is elsewhere)
 */
public record DeclaredDependency(Ecosystem ecosystem, String name, String version, int line) {
  public DeclaredDependency {
    Objects.requireNonNull(ecosystem, "ecosystem == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(version, "version == null");
    if (line < 1) throw new IllegalArgumentException("line < 1: " + line);
  }
}
