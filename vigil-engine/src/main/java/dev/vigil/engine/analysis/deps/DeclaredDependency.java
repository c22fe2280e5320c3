package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.EvidenceStep;
import java.util.Objects;

/**
 * A package at a concrete version, or within a version range, as a manifest or lock file names it.
 *
 * @param ecosystem the package ecosystem
 * @param name the package name as the ecosystem writes it ({@code group:artifact} for Maven)
 * @param version the concrete version; when not {@code pinned}, the requirement as written
 *     (e.g. {@code >=2.0,<3} for pip)
 * @param line the 1-based line that names the version (or the package when the version is elsewhere)
 * @param pinned true if {@code version} is one concrete version
 * @param origin where another file sets the version (a parent pom, a BOM, {@code
 *     gradle.properties}), or null when this file does
 */
public record DeclaredDependency(Ecosystem ecosystem, String name, String version, int line,
    boolean pinned, EvidenceStep origin) {
  public DeclaredDependency {
    Objects.requireNonNull(ecosystem, "ecosystem == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(version, "version == null");
    if (line < 1) throw new IllegalArgumentException("line < 1: " + line);
  }

  /** Returns a dependency pinned to {@code version} by the file itself. */
  public DeclaredDependency(Ecosystem ecosystem, String name, String version, int line) {
    this(ecosystem, name, version, line, true, null);
  }
}
