package dev.vigil.engine.analysis.deps;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version as PEP 440 defines it and orders it: epoch, release, pre-release
 * ({@code a}, {@code b}, {@code rc} and their spellings), post-release, development release and
 * local label. No Java library for PEP 440 is available offline, hence this small one.
 */
record Pep440Version(long epoch, List<BigInteger> release, int prePhase, BigInteger preNumber,
    BigInteger post, BigInteger dev, List<String> local) implements Comparable<Pep440Version> {

  private static final Pattern VERSION = Pattern.compile(
      "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
          + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
          + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
          + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
          + "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?");
  private static final int NO_PRE = 3;

  /** Returns the parsed version; throws naming the text if it is not a PEP 440 version. */
  static Pep440Version parse(String text) {
    String normalised = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher m = VERSION.matcher(normalised);
    if (normalised.length() > 200 || !m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a PEP 440 version");
    }
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group(2).split("\\.")) release.add(new BigInteger(part));
    while (release.size() > 1 && release.get(release.size() - 1).signum() == 0) {
      release.remove(release.size() - 1);
    }
    int phase = NO_PRE;
    BigInteger preNumber = BigInteger.ZERO;
    if (m.group(3) != null) {
      phase = switch (m.group(3)) {
        case "a", "alpha" -> 0;
        case "b", "beta" -> 1;
        default -> 2;
      };
      preNumber = number(m.group(4));
    }
    BigInteger post = m.group(5) != null ? new BigInteger(m.group(5))
        : m.group(6) != null ? number(m.group(7)) : null;
    BigInteger dev = m.group(8) != null ? number(m.group(9)) : null;
    List<String> local = m.group(10) == null ? List.of() : List.of(m.group(10).split("[-_.]"));
    return new Pep440Version(m.group(1) == null ? 0 : Long.parseLong(m.group(1)), release, phase,
        preNumber, post, dev, local);
  }

  @Override
  public int compareTo(Pep440Version o) {
    int c = Long.compare(epoch, o.epoch);
    if (c != 0) return c;
    c = compareRelease(release, o.release);
    if (c != 0) return c;
    c = Integer.compare(preRank(), o.preRank());
    if (c != 0) return c;
    if (prePhase != NO_PRE) {
      c = preNumber.compareTo(o.preNumber);
      if (c != 0) return c;
    }
    c = compareMissingFirst(post, o.post);
    if (c != 0) return c;
    c = compareMissingLast(dev, o.dev);
    if (c != 0) return c;
    return compareLocal(local, o.local);
  }

  /** A development release without pre or post sorts before every pre-release of its release. */
  private int preRank() {
    if (prePhase == NO_PRE && post == null && dev != null) return -1;
    return prePhase;
  }

  private static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) return c;
    }
    return 0;
  }

  private static int compareMissingFirst(BigInteger a, BigInteger b) {
    if (a == null || b == null) return a == b ? 0 : a == null ? -1 : 1;
    return a.compareTo(b);
  }

  private static int compareMissingLast(BigInteger a, BigInteger b) {
    if (a == null || b == null) return a == b ? 0 : a == null ? 1 : -1;
    return a.compareTo(b);
  }

  private static int compareLocal(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xNumeric = x.chars().allMatch(Character::isDigit);
      boolean yNumeric = y.chars().allMatch(Character::isDigit);
      int c = xNumeric && yNumeric ? new BigInteger(x).compareTo(new BigInteger(y))
          : xNumeric != yNumeric ? (xNumeric ? 1 : -1) : x.compareTo(y);
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }
}
