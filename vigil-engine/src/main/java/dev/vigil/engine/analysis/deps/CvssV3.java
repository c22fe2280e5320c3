package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * A CVSS v3.0 or v3.1 vector's base score, computed with the CVSS 3.1 specification's formula
 * (section 7.1) and its Roundup function, and its qualitative rating.
 *
 * @param vector the vector as written, e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}
 * @param baseScore the base score, 0.0 to 10.0
 */
public record CvssV3(String vector, double baseScore) {
  private static final String[] BASE_METRICS = {"AV", "AC", "PR", "UI", "S", "C", "I", "A"};

  /** Returns the scored vector; throws naming the vector if it is not a CVSS v3 base vector. */
  public static CvssV3 parse(String vector) {
    String text = vector == null ? "" : vector.strip();
    if (!text.startsWith("CVSS:3.0/") && !text.startsWith("CVSS:3.1/")) {
      throw new IllegalArgumentException("'" + vector + "' is not a CVSS v3 vector");
    }
    Map<String, String> metrics = new HashMap<>();
    for (String part : text.substring("CVSS:3.x/".length()).split("/")) {
      int colon = part.indexOf(':');
      if (colon <= 0) throw new IllegalArgumentException("'" + vector + "' has a malformed metric '" + part + "'");
      metrics.put(part.substring(0, colon), part.substring(colon + 1));
    }
    for (String metric : BASE_METRICS) {
      if (!metrics.containsKey(metric)) {
        throw new IllegalArgumentException("'" + vector + "' lacks base metric " + metric);
      }
    }
    boolean changed = scope(metrics.get("S"), vector);
    double iss = 1 - (1 - cia(metrics.get("C"), vector)) * (1 - cia(metrics.get("I"), vector))
        * (1 - cia(metrics.get("A"), vector));
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    double exploitability = 8.22 * attackVector(metrics.get("AV"), vector)
        * attackComplexity(metrics.get("AC"), vector)
        * privileges(metrics.get("PR"), changed, vector) * userInteraction(metrics.get("UI"), vector);
    double score = impact <= 0 ? 0
        : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
    return new CvssV3(text, score);
  }

  /** Returns the rating of the base score: critical, high, medium, low, or info for 0.0. */
  public Severity severity() {
    if (baseScore >= 9.0) return Severity.CRITICAL;
    if (baseScore >= 7.0) return Severity.HIGH;
    if (baseScore >= 4.0) return Severity.MEDIUM;
    if (baseScore > 0) return Severity.LOW;
    return Severity.INFO;
  }

  /** The CVSS 3.1 Roundup: the smallest one-decimal number not below {@code value}, float-safe. */
  static double roundUp(double value) {
    long scaled = Math.round(value * 100_000);
    if (scaled % 10_000 == 0) return scaled / 100_000.0;
    return (Math.floorDiv(scaled, 10_000) + 1) / 10.0;
  }

  private static double attackVector(String v, String vector) {
    return switch (v) {
      case "N" -> 0.85;
      case "A" -> 0.62;
      case "L" -> 0.55;
      case "P" -> 0.2;
      default -> throw bad("AV", v, vector);
    };
  }

  private static double attackComplexity(String v, String vector) {
    return switch (v) {
      case "L" -> 0.77;
      case "H" -> 0.44;
      default -> throw bad("AC", v, vector);
    };
  }

  private static double privileges(String v, boolean changed, String vector) {
    return switch (v) {
      case "N" -> 0.85;
      case "L" -> changed ? 0.68 : 0.62;
      case "H" -> changed ? 0.5 : 0.27;
      default -> throw bad("PR", v, vector);
    };
  }

  private static double userInteraction(String v, String vector) {
    return switch (v) {
      case "N" -> 0.85;
      case "R" -> 0.62;
      default -> throw bad("UI", v, vector);
    };
  }

  private static boolean scope(String v, String vector) {
    return switch (v) {
      case "U" -> false;
      case "C" -> true;
      default -> throw bad("S", v, vector);
    };
  }

  private static double cia(String v, String vector) {
    return switch (v) {
      case "H" -> 0.56;
      case "L" -> 0.22;
      case "N" -> 0;
      default -> throw bad("C/I/A", v, vector);
    };
  }

  private static IllegalArgumentException bad(String metric, String value, String vector) {
    return new IllegalArgumentException("'" + vector + "' has an unknown " + metric + " value '" + value + "'");
  }
}
