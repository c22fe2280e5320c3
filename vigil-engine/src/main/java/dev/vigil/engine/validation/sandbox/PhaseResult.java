package dev.vigil.engine.validation.sandbox;

import java.util.Objects;

/**
 * How one phase of an environment ended: passed, failed or skipped (not configured, or after a
 * failed phase), its command, exit code (null when nothing ran), time, the limit it was killed for
 * (null = none) and its masked output; for a skipped phase, why.
 */
public record PhaseResult(Phase phase, Status status, String command, Integer exitCode,
    long durationMillis, String limitHit, String output) {
  /** How a phase ended. */
  public enum Status { PASSED, FAILED, SKIPPED }

  public PhaseResult {
    Objects.requireNonNull(phase, "phase == null");
    Objects.requireNonNull(status, "status == null");
    output = output == null ? "" : output;
  }

  /** Returns a phase that did not run, with why. */
  public static PhaseResult skipped(Phase phase, String why) {
    return new PhaseResult(phase, Status.SKIPPED, null, null, 0, null, why);
  }

  /** Returns the lower-case status used in records, e.g. {@code passed}. */
  public String statusLabel() {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
