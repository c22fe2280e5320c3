package dev.vigil.engine.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one finding at one commit: the verdict, a reason a person can act on
 * (for a finding that could not be validated, exactly why), the steps that were tried with their
 * output, when, and at which commit. The server stores one per finding and head commit; ranking
 * reads the verdict.
 */
@JsonPropertyOrder({"verdict", "reason", "steps", "validatedAt", "commit"})
public record ValidationRecord(Verdict verdict, String reason, List<ValidationStep> steps,
    Instant validatedAt, String commit) {

  public ValidationRecord {
    Objects.requireNonNull(verdict, "verdict == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(validatedAt, "validatedAt == null");
    Objects.requireNonNull(commit, "commit == null");
    steps = List.copyOf(steps);
  }
}
