package dev.vigil.engine.validation;

import java.util.Objects;

/**
 * What one validator established: its step, and the verdict that step alone supports with the
 * reason, or a null verdict when the step decides nothing by itself (a finding present at head is
 * not yet proven).
 */
public record Proof(ValidationStep step, Verdict verdict, String reason) {
  public Proof {
    Objects.requireNonNull(step, "step == null");
    reason = reason == null ? "" : reason;
  }

  /** Returns a proof whose step decides nothing by itself. */
  public static Proof neutral(ValidationStep step) {
    return new Proof(step, null, "");
  }
}
