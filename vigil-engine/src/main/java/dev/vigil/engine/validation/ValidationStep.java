package dev.vigil.engine.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One step of a validation: its name (e.g. {@code present-at-head}), whether it passed, failed or
 * did not apply, the command it ran if it ran one, its output (for a step that did not run, why),
 * and how long it took.
 */
@JsonPropertyOrder({"name", "status", "command", "output", "durationMillis"})
public record ValidationStep(String name, Status status,
    @JsonInclude(JsonInclude.Include.NON_NULL) String command, String output, long durationMillis) {

  /** How a step ended. */
  public enum Status {
    PASSED("passed"), FAILED("failed"), NOT_APPLICABLE("not-applicable");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** Returns the label used in JSON, e.g. {@code not-applicable}. */
    @JsonValue
    public String label() {
      return label;
    }

    /** Parses a label; throws naming the accepted ones on anything else. */
    @JsonCreator
    public static Status parse(String label) {
      for (Status status : values()) {
        if (status.label.equals(label)) return status;
      }
      throw new IllegalArgumentException("unknown step status '" + label
          + "': expected passed, failed or not-applicable");
    }
  }

  public ValidationStep {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(status, "status == null");
    output = output == null ? "" : output;
    if (durationMillis < 0) throw new IllegalArgumentException("durationMillis < 0: " + durationMillis);
  }

  /** Returns a step that passed with {@code output}. */
  public static ValidationStep passed(String name, String output) {
    return new ValidationStep(name, Status.PASSED, null, output, 0);
  }

  /** Returns a step that failed with {@code output}. */
  public static ValidationStep failed(String name, String output) {
    return new ValidationStep(name, Status.FAILED, null, output, 0);
  }

  /** Returns a step that did not apply or did not run, with why. */
  public static ValidationStep notApplicable(String name, String why) {
    return new ValidationStep(name, Status.NOT_APPLICABLE, null, why, 0);
  }

  /** Returns this step with the time it took. */
  public ValidationStep withDuration(long millis) {
    return new ValidationStep(name, status, command, output, millis);
  }
}
