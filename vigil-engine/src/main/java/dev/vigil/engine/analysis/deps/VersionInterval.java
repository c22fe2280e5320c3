package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;

/**
 * An interval of versions of one scheme, from a lower to an upper bound (each inclusive or not,
 * either absent), minus single excluded versions; and what it says about an advisory: whether it
 * holds affected versions, and whether its newest version is affected. The interval is continuous:
 * which versions exist on the package index is not known.
 */
final class VersionInterval {
  private final VersionScheme scheme;
  private String lower;
  private boolean lowerInclusive;
  private String upper;
  private boolean upperInclusive;
  private final List<String> excluded = new ArrayList<>();

  VersionInterval(VersionScheme scheme) {
    this.scheme = scheme;
  }

  /** Raises the lower bound to {@code version} if that is higher. */
  void raiseLower(String version, boolean inclusive) {
    int c = lower == null ? 1 : scheme.compare(version, lower);
    if (c > 0 || (c == 0 && !inclusive)) {
      lower = version;
      lowerInclusive = inclusive;
    }
  }

  /** Lowers the upper bound to {@code version} if that is lower. */
  void lowerUpper(String version, boolean inclusive) {
    int c = upper == null ? -1 : scheme.compare(version, upper);
    if (c < 0 || (c == 0 && !inclusive)) {
      upper = version;
      upperInclusive = inclusive;
    }
  }

  /** Returns the lowest version allowed, or null when there is no lower bound. */
  String lowest() {
    return lower;
  }

  /** Excludes one version ({@code !=}). */
  void exclude(String version) {
    excluded.add(version);
  }

  /** Returns how much of {@code affected}'s versions this requirement allows. */
  VersionRequirement.Admission admits(AffectedPackage affected) {
    if (lower != null && upper != null) {
      int c = scheme.compare(lower, upper);
      if (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive))) return VersionRequirement.Admission.NONE;
      if (c == 0) {
        return !excluded.contains(lower) && affected.affects(lower) ? VersionRequirement.Admission.NEWEST : VersionRequirement.Admission.NONE;
      }
    }
    if (upper != null && upperInclusive && !excluded.contains(upper) && affected.affects(upper)) {
      return VersionRequirement.Admission.NEWEST;
    }
    VersionRequirement.Admission admission = VersionRequirement.Admission.NONE;
    for (String listed : affected.versions()) {
      if (allows(listed)) admission = VersionRequirement.Admission.OLDER;
    }
    for (AffectedRange range : affected.ranges()) {
      for (AffectedRange.Segment segment : range.segments(scheme)) {
        if (!overlaps(segment)) continue;
        if (reachesTop(segment)) return VersionRequirement.Admission.NEWEST;
        admission = VersionRequirement.Admission.OLDER;
      }
    }
    return admission;
  }

  private boolean allows(String version) {
    try {
      return !excluded.contains(version) && aboveLower(version) && belowUpper(version);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean aboveLower(String version) {
    if (lower == null) return true;
    int c = scheme.compare(version, lower);
    return c > 0 || (c == 0 && lowerInclusive);
  }

  private boolean belowUpper(String version) {
    if (upper == null) return true;
    int c = scheme.compare(version, upper);
    return c < 0 || (c == 0 && upperInclusive);
  }

  /** Returns true if the segment and the interval share a version. */
  private boolean overlaps(AffectedRange.Segment segment) {
    try {
      boolean startsBelowTop = segment.start() == null || belowUpper(segment.start());
      boolean endsAboveBottom = segment.end() == null || lower == null
          || scheme.compare(segment.end(), lower) > 0
          || (scheme.compare(segment.end(), lower) == 0 && segment.endInclusive() && lowerInclusive);
      return startsBelowTop && endsAboveBottom;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns true if the segment covers the versions just below the interval's top. */
  private boolean reachesTop(AffectedRange.Segment segment) {
    if (segment.end() == null) return true;
    return upper != null && !upperInclusive && scheme.compare(segment.end(), upper) >= 0;
  }
}
