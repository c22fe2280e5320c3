package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pip version requirement that is not one pinned version ({@code >=2.0,<3}, {@code ~=1.4},
 * {@code ==2.*}, {@code !=1.5}) as the interval of versions it allows ({@link VersionRequirement}).
 * {@code !=} excludes only a single allowed version, and pre-release rules are not applied.
 */
final class PythonRequirement {
  private static final Pattern CLAUSE = Pattern.compile(
      "\\s*(~=|===|==|!=|<=|>=|<|>)\\s*([A-Za-z0-9!+._\\-]+(?:\\.\\*)?)\\s*");
  private static final PythonVersions SCHEME = new PythonVersions();

  private PythonRequirement() {}

  /**
   * Returns the requirement {@code specifier} (comma-separated clauses) as an interval, or null if
   * a clause or version is not understood.
   */
  static VersionRequirement parse(String specifier) {
    VersionInterval interval = new VersionInterval(SCHEME);
    for (String clause : specifier.split(",", 32)) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches()) return null;
      try {
        if (!add(interval, m.group(1), m.group(2))) return null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return new VersionRequirement(List.of(interval));
  }

  private static boolean add(VersionInterval interval, String operator, String version) {
    boolean wildcard = version.endsWith(".*");
    String base = wildcard ? version.substring(0, version.length() - 2) : version;
    SCHEME.compare(base, base);
    if (wildcard && !operator.equals("==") && !operator.equals("!=")) return false;
    switch (operator) {
      case ">=" -> interval.raiseLower(base, true);
      case ">" -> interval.raiseLower(base, false);
      case "<=" -> interval.lowerUpper(base, true);
      case "<" -> interval.lowerUpper(base, false);
      case "==", "===" -> {
        interval.raiseLower(base, true);
        if (wildcard) interval.lowerUpper(next(base, 0), false); else interval.lowerUpper(base, true);
      }
      case "~=" -> {
        if (base.split("\\.").length < 2) return false;
        interval.raiseLower(base, true);
        interval.lowerUpper(next(base, 1), false);
      }
      case "!=" -> {
        if (!wildcard) interval.exclude(base);
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
}
