package dev.vigil.server.web;

import dev.vigil.server.store.FindingRecord;
import java.util.Comparator;
import java.util.List;

/**
 * A first ranking of findings until the threat model drives it: severity weight times confidence,
 * raised for validated findings. Pure, so tests can pin it.
 */
public final class Criticality {
  private Criticality() {}

  /** Returns the criticality of a finding, from 0 to 100. */
  public static double of(FindingRecord finding) {
    double severity = switch (finding.severity()) {
      case "critical" -> 100;
      case "high" -> 75;
      case "medium" -> 45;
      case "low" -> 20;
      default -> 5;
    };
    double confidence = switch (finding.confidence()) {
      case "high" -> 1.0;
      case "medium" -> 0.75;
      default -> 0.5;
    };
    double score = severity * confidence * (finding.validated() ? 1.0 : 0.9);
    return Math.round(score * 10) / 10.0;
  }

  /** Returns a one-line reason for the rank. */
  public static String reason(FindingRecord finding) {
    return finding.severity() + " severity, " + finding.confidence() + " confidence"
        + (finding.validated() ? ", validated" : "") + ", present at the head of the branch";
  }

  /** Returns the {@code limit} most critical of {@code findings}, ties broken by id. */
  public static List<FindingRecord> top(List<FindingRecord> findings, int limit) {
    return findings.stream()
        .sorted(Comparator.comparingDouble(Criticality::of).reversed()
            .thenComparingLong(FindingRecord::id))
        .limit(limit).toList();
  }
}
