package dev.vigil.engine.fix;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.vigil.engine.validation.ValidationStep;
import java.util.List;
import java.util.Objects;

/**
 * The record of validating one patch, like a finding's validation record: the verdict and the steps
 * that were tried with their output. A step that could not run (no environment for the build) is
 * not applicable and does not fail the patch; it says why it did not run.
 */
@JsonPropertyOrder({"verdict", "steps"})
public record PatchValidation(PatchVerdict verdict, List<ValidationStep> steps) {
  public PatchValidation {
    Objects.requireNonNull(verdict, "verdict == null");
    steps = List.copyOf(steps);
  }

  /** Returns the record of {@code steps}: validated unless one failed. */
  public static PatchValidation of(List<ValidationStep> steps) {
    boolean failed = steps.stream().anyMatch(s -> s.status() == ValidationStep.Status.FAILED);
    return new PatchValidation(failed ? PatchVerdict.FAILED : PatchVerdict.VALIDATED, steps);
  }

  /** Returns the step named {@code name}, if it was recorded. */
  public java.util.Optional<ValidationStep> step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
