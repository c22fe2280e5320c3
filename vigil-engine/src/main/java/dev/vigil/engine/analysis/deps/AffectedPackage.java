package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One package an advisory affects: its ecosystem and name, its version ranges, the versions it
 * lists explicitly, and the functions or classes it names as vulnerable (Go's
 * {@code ecosystem_specific.imports} symbols, qualified by their import path), if any.
 */
public record AffectedPackage(Ecosystem ecosystem, String name, List<AffectedRange> ranges,
    List<String> versions, List<String> symbols) {

  public AffectedPackage {
    Objects.requireNonNull(ecosystem, "ecosystem == null");
    Objects.requireNonNull(name, "name == null");
    ranges = List.copyOf(ranges);
    versions = List.copyOf(versions);
    symbols = List.copyOf(symbols);
  }

  /** Returns one entry with the ranges, versions and symbols of this and {@code other}. */
  AffectedPackage merge(AffectedPackage other) {
    List<AffectedRange> allRanges = new ArrayList<>(ranges);
    allRanges.addAll(other.ranges);
    List<String> allVersions = new ArrayList<>(versions);
    other.versions.stream().filter(v -> !allVersions.contains(v)).forEach(allVersions::add);
    List<String> allSymbols = new ArrayList<>(symbols);
    other.symbols.stream().filter(v -> !allSymbols.contains(v)).forEach(allSymbols::add);
    return new AffectedPackage(ecosystem, name, allRanges, allVersions, allSymbols);
  }

  /** Returns true if {@code version} is in one of the ranges or among the listed versions. */
  public boolean affects(String version) {
    VersionScheme scheme = ecosystem.versions();
    if (ranges.stream().anyMatch(range -> range.contains(version, scheme))) return true;
    for (String listed : versions) {
      if (listed.equals(version)) return true;
      try {
        if (scheme.compare(listed, version) == 0) return true;
      } catch (IllegalArgumentException e) {
        // an unparsable listed version matches only by its exact text
      }
    }
    return false;
  }

  /** Returns every version a {@code fixed} event names, oldest first when they all parse. */
  public List<String> fixedVersions() {
    List<String> fixed = new ArrayList<>();
    ranges.forEach(range -> range.fixedVersions().stream()
        .filter(v -> !fixed.contains(v)).forEach(fixed::add));
    try {
      fixed.sort(ecosystem.versions()::compare);
    } catch (IllegalArgumentException e) {
      // keep range order when a version does not parse
    }
    return fixed;
  }

  /**
   * Returns the smallest fixed version newer than {@code version} that is itself not affected, or
   * null if the advisory names none.
   */
  public String smallestFixFor(String version) {
    VersionScheme scheme = ecosystem.versions();
    String best = null;
    for (String fixed : fixedVersions()) {
      try {
        if (scheme.compare(fixed, version) <= 0 || affects(fixed)) continue;
        if (best == null || scheme.compare(fixed, best) < 0) best = fixed;
      } catch (IllegalArgumentException e) {
        // a fixed version that does not parse cannot be recommended
      }
    }
    return best;
  }

  /** Returns the affected versions in words: the ranges, then any listed versions. */
  public String describeAffected() {
    List<String> parts = new ArrayList<>();
    ranges.forEach(range -> parts.add(range.describe(ecosystem.versions())));
    if (!versions.isEmpty() && ranges.isEmpty()) {
      parts.add(versions.size() <= 5 ? String.join(", ", versions)
          : String.join(", ", versions.subList(0, 5)) + " and " + (versions.size() - 5) + " more");
    }
    return String.join("; ", parts);
  }
}
