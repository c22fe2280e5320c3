package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pip version requirement that is not one pinned version ({@code >=2.0,<3}, {@code ~=1.4},
 * {@code ==2.*}, {@code !=1.5}), read as the interval of versions it allows, and what that
 * interval says about an advisory: whether it allows affected versions, and whether the newest
 * version it allows is affected (then a fresh install gets an affected version unless a fix is
 * released inside the interval).
 *
 * <p>Vigil does not know which versions exist on the index, so the interval is continuous:
 * {@code !=} excludes only a single allowed version, and pre-release rules are not applied.
 */
final class PythonRequirement {
  private static final Pattern CLAUSE = Pattern.compile(
      "\\s*(~=|===|==|!=|<=|>=|<|>)\\s*([A-Za-z0-9!+._\\-]+(?:\\.\\*)?)\\s*");
  private static final PythonVersions SCHEME = new PythonVersions();

  /** How much of an advisory's affected versions a requirement allows. */
  enum Admission {
    /** No affected version is allowed. */
    NONE,
    /** Some affected versions are allowed, but not the newest allowed version. */
    OLDER,
    /** The newest allowed version is affected. */
    NEWEST
  }

  private String lower;
  private boolean lowerInclusive;
  private String upper;
  private boolean upperInclusive;
  private final List<String> excluded = new ArrayList<>();

  private PythonRequirement() {}

  /**
   * Returns the requirement {@code specifier} (comma-separated clauses) as an interval, or null if
   * a clause or version is not understood.
   */
  static PythonRequirement parse(String specifier) {
    PythonRequirement requirement = new PythonRequirement();
    for (String clause : specifier.split(",", 32)) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) return null;
      try {
        if (!requirement.add(m.group(1), m.group(2))) return null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return requirement;
  }

  private boolean add(String operator, String version) {
    boolean wildcard = version.endsWith(".*");
    String base = wildcard ? version.substring(0, version.length() - 2) : version;
    SCHEME.compare(base, base);
    if (wildcard && !operator.equals("==") && !operator.equals("!=")) return false;
    switch (operator) {
      case ">=" -> raiseLower(base, true);
      case ">" -> raiseLower(base, false);
      case "<=" -> lowerUpper(base, true);
      case "<" -> lowerUpper(base, false);
      case "==", "===" -> {
        raiseLower(base, true);
        if (wildcard) lowerUpper(next(base, 0), false); else lowerUpper(base, true);
      }
      case "~=" -> {
        if (base.split("\\.").length < 2) return false;
        raiseLower(base, true);
        lowerUpper(next(base, 1), false);
      }
      case "!=" -> {
        if (!wildcard) excluded.add(base);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the release prefix of {@code version} without its last {@code drop} parts, with its
   * last part incremented: {@code next("2.1", 0)} is {@code 2.2}, {@code next("2.2.3", 1)} is
   * {@code 2.3}.
   */
  private static String next(String version, int drop) {
    Pep440Version parsed = Pep440Version.parse(version);
    List<java.math.BigInteger> release = new ArrayList<>(parsed.release());
    while (release.size() < version.split("\\.").length) release.add(java.math.BigInteger.ZERO);
    List<java.math.BigInteger> prefix = new ArrayList<>(release.subList(0, release.size() - drop));
    prefix.set(prefix.size() - 1, prefix.get(prefix.size() - 1).add(java.math.BigInteger.ONE));
    StringBuilder out = new StringBuilder(parsed.epoch() == 0 ? "" : parsed.epoch() + "!");
    for (int i = 0; i < prefix.size(); i++) out.append(i == 0 ? "" : ".").append(prefix.get(i));
    return out.toString();
  }

  private void raiseLower(String version, boolean inclusive) {
    int c = lower == null ? 1 : SCHEME.compare(version, lower);
    if (c > 0 || (c == 0 && !inclusive)) {
      lower = version;
      lowerInclusive = inclusive;
    }
  }

  private void lowerUpper(String version, boolean inclusive) {
    int c = upper == null ? -1 : SCHEME.compare(version, upper);
    if (c < 0 || (c == 0 && !inclusive)) {
      upper = version;
      upperInclusive = inclusive;
    }
  }

  /** Returns the lowest version allowed, or null when there is no lower bound. */
  String lowest() {
    return lower;
  }

  /** Returns how much of {@code affected}'s versions this requirement allows. */
  Admission admits(AffectedPackage affected) {
    if (lower != null && upper != null) {
      int c = SCHEME.compare(lower, upper);
      if (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive))) return Admission.NONE;
      if (c == 0) {
        return !excluded.contains(lower) && affected.affects(lower) ? Admission.NEWEST : Admission.NONE;
      }
    }
    if (upper != null && upperInclusive && !excluded.contains(upper) && affected.affects(upper)) {
      return Admission.NEWEST;
    }
    Admission admission = Admission.NONE;
    for (String listed : affected.versions()) {
      if (allows(listed)) admission = Admission.OLDER;
    }
    for (AffectedRange range : affected.ranges()) {
      for (AffectedRange.Segment segment : range.segments(SCHEME)) {
        if (!overlaps(segment)) continue;
        if (reachesTop(segment)) return Admission.NEWEST;
        admission = Admission.OLDER;
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
    int c = SCHEME.compare(version, lower);
    return c > 0 || (c == 0 && lowerInclusive);
  }

  private boolean belowUpper(String version) {
    if (upper == null) return true;
    int c = SCHEME.compare(version, upper);
    return c < 0 || (c == 0 && upperInclusive);
  }

  /** Returns true if the segment and the interval share a version. */
  private boolean overlaps(AffectedRange.Segment segment) {
    try {
      boolean startsBelowTop = segment.start() == null || belowUpper(segment.start());
      boolean endsAboveBottom = segment.end() == null || lower == null
          || SCHEME.compare(segment.end(), lower) > 0
          || (SCHEME.compare(segment.end(), lower) == 0 && segment.endInclusive() && lowerInclusive);
      return startsBelowTop && endsAboveBottom;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns true if the segment covers the versions just below the interval's top. */
  private boolean reachesTop(AffectedRange.Segment segment) {
    if (segment.end() == null) return true;
    return upper != null && !upperInclusive && SCHEME.compare(segment.end(), upper) >= 0;
  }
}
