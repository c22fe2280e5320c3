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

  /**
   * Returns the proof of a step that could not run, as not applicable with {@code why} (also the
   * reason of its could-not-validate verdict).
   */
  public static Proof notRun(String name, String why) {
    return new Proof(ValidationStep.notApplicable(name, PresentAtHead.capitalised(why) + "."),
        Verdict.COULD_NOT_VALIDATE, why);
  }

  /** Returns a proof whose step decides nothing by itself. */
  public static Proof neutral(ValidationStep step) {
    return new Proof(step, null, "");
  }
}
