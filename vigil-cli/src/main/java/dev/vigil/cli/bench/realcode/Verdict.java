package dev.vigil.cli.bench.realcode;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** A reviewer's judgement of one finding on real code. */
public enum Verdict {
  /** An attacker-controlled value reaches a dangerous sink, a real secret, a real weakness. */
  REAL,
  /** Not exploitable or not a weakness where it stands. */
  FALSE,
  /** The evidence does not settle it; counts in neither side of precision. */
  UNSURE;

  /**
   * Returns the verdict named by {@code text} in any case; YAML reads a bare {@code FALSE} as a
   * boolean, which reaches here as "false".
   */
  @JsonCreator
  public static Verdict parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("verdict must be REAL, FALSE or UNSURE, got " + text);
    }
  }
}
