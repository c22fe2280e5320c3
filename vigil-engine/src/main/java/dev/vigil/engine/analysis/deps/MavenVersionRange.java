package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.Restriction;
import org.apache.maven.artifact.versioning.VersionRange;

/**
 * Reads a Maven version range ({@code [1.0,2.0)}, {@code (,1.5]}, {@code [1.2,)}, unions such as
 * {@code (,1.0],[1.2,)}) with Maven's own parser, as the intervals it allows ({@link
 * VersionRequirement}). Maven builds with the newest version in the range that the repository
 * holds, which Vigil cannot see, so the newest allowed version stands for what a build gets.
 */
final class MavenVersionRange {
  private static final MavenVersions SCHEME = new MavenVersions();

  private MavenVersionRange() {}

  /** Returns true if {@code version} is written as a range rather than one version. */
  static boolean isRange(String version) {
    return version != null && !version.isBlank() && "[(".indexOf(version.strip().charAt(0)) >= 0;
  }

  /** Returns the range {@code spec} as intervals, or null if it is not a Maven range. */
  static VersionRequirement parse(String spec) {
    if (!isRange(spec) || spec.length() > 500) return null;
    try {
      List<VersionInterval> intervals = new ArrayList<>();
      for (Restriction r : VersionRange.createFromVersionSpec(spec.strip()).getRestrictions()) {
        VersionInterval interval = new VersionInterval(SCHEME);
        if (r.getLowerBound() != null) interval.raiseLower(r.getLowerBound().toString(), r.isLowerBoundInclusive());
        if (r.getUpperBound() != null) interval.lowerUpper(r.getUpperBound().toString(), r.isUpperBoundInclusive());
        intervals.add(interval);
      }
      return intervals.isEmpty() ? null : new VersionRequirement(intervals);
    } catch (InvalidVersionSpecificationException | RuntimeException e) {
      return null;
    }
  }
}
