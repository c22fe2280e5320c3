package dev.vigil.engine.validation.sandbox;

import java.time.Duration;
import java.util.Optional;

/**
 * How a sandboxed command ended: its exit code (137 when killed), how long it took, the limit it
 * was killed for if any, and the tail of its merged output with every secret value masked.
 */
public record SandboxResult(int exitCode, Duration duration, Optional<LimitHit> limitHit, String output) {
  public SandboxResult {
    limitHit = limitHit == null ? Optional.empty() : limitHit;
    output = output == null ? "" : output;
  }

  /** Returns true if the command exited with 0 within its limits. */
  public boolean passed() {
    return exitCode == 0 && limitHit.isEmpty();
  }
}
