package dev.vigil.engine.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.vigil.engine.threatmodel.ValidationState;
import java.util.Arrays;
import java.util.List;

/**
 * What validation concluded about a finding, from the strongest proof to none. {@link #PRECEDENCE}
 * says which wins when validators disagree.
 */
public enum Verdict {
  /** A real run showed the problem (a marker at the sink, a live secret's checksum). */
  REPRODUCED("reproduced"),
  /** Present and reachable, or well-formed: worth a person's time, not proven. */
  LIKELY("likely"),
  /** A reproduction ran and did not show the problem. */
  NOT_REPRODUCED("not-reproduced"),
  /** The code is gone at the head of the branch. */
  NOT_PRESENT("not-present"),
  /** No proof either way; the reason says why. */
  COULD_NOT_VALIDATE("could-not-validate");

  /** The order in which verdicts win: a finding gone at head is not present, whatever else ran. */
  public static final List<Verdict> PRECEDENCE =
      List.of(NOT_PRESENT, REPRODUCED, NOT_REPRODUCED, LIKELY, COULD_NOT_VALIDATE);

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** Returns the label used in JSON, SARIF and URLs, e.g. {@code not-present}. */
  @JsonValue
  public String label() {
    return label;
  }

  /** Returns every label, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Verdict::label).toList();
  }

  /**
   * Returns what ranking counts of this verdict: reproduced up, likely a little up, not reproduced
   * down; a finding gone at head or without proof either way counts as not validated.
   */
  public ValidationState rankingState() {
    return switch (this) {
      case REPRODUCED -> ValidationState.CONFIRMED;
      case LIKELY -> ValidationState.LIKELY;
      case NOT_REPRODUCED -> ValidationState.NOT_REPRODUCED;
      case NOT_PRESENT, COULD_NOT_VALIDATE -> ValidationState.NOT_VALIDATED;
    };
  }

  /** Parses a label; throws naming the accepted ones on anything else. */
  @JsonCreator
  public static Verdict parse(String label) {
    for (Verdict verdict : values()) {
      if (verdict.label.equals(label)) return verdict;
    }
    throw new IllegalArgumentException("unknown verdict '" + label + "': expected one of "
        + String.join(", ", labels()));
  }
}
