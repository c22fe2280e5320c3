package dev.vigil.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What an analyzer reports in one file version: a rule matched at a location.
 *
 * <p>{@code contextKey} is the normalised code context that identifies the finding independently of
 * line numbers (for a secret, a hash of the secret; for code, the matched code with whitespace
 * collapsed). Together with the rule and the path it makes the finding's fingerprint. A finding
 * never carries a secret in clear: analyzers mask it in {@code message}, {@code excerpt} and the
 * evidence.
 */
public record Finding(
    String ruleId,
    int cwe,
    Severity severity,
    Confidence confidence,
    String message,
    Location location,
    String excerpt,
    String contextKey,
    List<EvidenceStep> evidence) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(confidence, "confidence == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(location, "location == null");
    excerpt = excerpt == null ? "" : excerpt;
    contextKey = contextKey == null ? normalise(excerpt) : contextKey;
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns this finding as seen in a file at another path with the same content; evidence steps
   * in that file move with it, steps in other files stay.
   */
  public Finding withPath(String path) {
    String old = location.path();
    if (path.equals(old)) return this;
    return new Finding(ruleId, cwe, severity, confidence, message, location.withPath(path), excerpt,
        contextKey, evidence.stream()
            .map(step -> step.location().path().equals(old) ? step.withPath(path) : step).toList());
  }

  /** Returns code with all runs of whitespace collapsed, so re-indenting keeps a fingerprint. */
  public static String normalise(String code) {
    return code.strip().replaceAll("\\s+", " ");
  }
}
