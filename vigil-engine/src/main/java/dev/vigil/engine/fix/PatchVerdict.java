package dev.vigil.engine.fix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What validating a patch concluded: every step that ran passed, or one failed; or, while the
 * sandbox part still runs in the background, that the checks without it passed so far.
 */
public enum PatchVerdict {
  /** Applied, the finding is gone, nothing new was found, the code parses (and builds, where it ran). */
  VALIDATED("validated"),
  /** A step failed: the patch does not apply, leaves the finding, adds one, or breaks the build. */
  FAILED("failed"),
  /** The checks that need no sandbox passed; the build, tests and regression test are still running. */
  VALIDATING("validating");

  private final String label;

  PatchVerdict(String label) {
    this.label = label;
  }

  /** Returns the label used in JSON, e.g. {@code validated}. */
  @JsonValue
  public String label() {
    return label;
  }

  /** Parses a label; throws naming the accepted ones on anything else. */
  @JsonCreator
  public static PatchVerdict parse(String label) {
    for (PatchVerdict verdict : values()) {
      if (verdict.label.equals(label)) return verdict;
    }
    throw new IllegalArgumentException("unknown patch verdict '" + label + "': expected validated, failed or validating");
  }
}
