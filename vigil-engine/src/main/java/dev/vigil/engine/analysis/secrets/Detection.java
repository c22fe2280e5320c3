package dev.vigil.engine.analysis.secrets;

import java.util.Objects;

/** A secret a rule found and accepted: where the match and the secret are, and what was verified. */
record Detection(
    SecretRule rule,
    String secret,
    int matchStart,
    int matchEnd,
    int secretStart,
    int secretEnd,
    double entropy,
    Verdict verdict) {

  Detection {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(secret, "secret == null");
    Objects.requireNonNull(verdict, "verdict == null");
  }

  /** Returns true if the secret overlaps the span {@code [start, end)}. */
  boolean overlaps(int start, int end) {
    return secretStart < end && start < secretEnd;
  }
}
