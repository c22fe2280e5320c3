package dev.vigil.cli.bench.realcode;

import java.util.Objects;

/**
 * A reviewer's verdict on one finding, keyed by its fingerprint; rule, path and line are there for
 * the people who read the file.
 */
public record Judgement(String fingerprint, String ruleId, String path, int line, Verdict verdict,
    String reason) {

  public Judgement {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(verdict, "verdict == null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("judgement " + fingerprint + " has no reason");
    }
  }
}
