package dev.vigil.engine.analysis.deps;

import java.util.List;

/**
 * The versions a requirement that is not one pinned version allows, as a union of {@link
 * VersionInterval}s, oldest first: a pip specifier ({@link PythonRequirement}) or a Maven version range
 * ({@link MavenVersionRange}). Vigil never invents the installed version: it says whether the
 * requirement allows affected versions, and whether the newest allowed one is affected (then a
 * fresh install or build gets an affected version unless a fix is released inside the range).
 */
final class VersionRequirement {
  /** How much of an advisory's affected versions a requirement allows. */
  enum Admission {
    /** No affected version is allowed. */
    NONE,
    /** Some affected versions are allowed, but not the newest allowed version. */
    OLDER,
    /** The newest allowed version is affected. */
    NEWEST
  }

  private final List<VersionInterval> intervals;

  VersionRequirement(List<VersionInterval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /** Returns the requirement {@code specifier} of {@code ecosystem}, or null if it is not understood. */
  static VersionRequirement parse(Ecosystem ecosystem, String specifier) {
    return switch (ecosystem) {
      case PYPI -> PythonRequirement.parse(specifier);
      case MAVEN -> MavenVersionRange.parse(specifier);
      default -> null;
    };
  }

  /** Returns the lowest version allowed, or null when there is no lower bound. */
  String lowest() {
    return intervals.isEmpty() ? null : intervals.get(0).lowest();
  }

  /** Returns how much of {@code affected}'s versions this requirement allows. */
  Admission admits(AffectedPackage affected) {
    Admission admission = Admission.NONE;
    for (int i = 0; i < intervals.size(); i++) {
      Admission here = intervals.get(i).admits(affected);
      // Only the newest interval holds the newest allowed version.
      if (here == Admission.NEWEST && i < intervals.size() - 1) here = Admission.OLDER;
      if (here.compareTo(admission) > 0) admission = here;
    }
    return admission;
  }
}
