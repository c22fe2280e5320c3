package dev.vigil.cli.bench.realcode;

import java.util.Objects;

/**
 * A reviewer's verdict on one finding, keyed by its fingerprint; rule, path and line are there for
 * the people who read the file. {@code supersededBy}, when set, names the fingerprint under which
 * a later version of Vigil reports the same weakness (null otherwise).
 */
public record Judgement(String fingerprint, String ruleId, String path, int line, Verdict verdict,
    String reason, String supersededBy) {

  public Judgement {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(verdict, "verdict == null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("judgement " + fingerprint + " has no reason");
    }
    if (fingerprint.equals(supersededBy)) {
      throw new IllegalArgumentException("judgement " + fingerprint + " supersedes itself");
    }
  }
}
