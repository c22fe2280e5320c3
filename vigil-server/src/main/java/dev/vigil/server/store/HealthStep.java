package dev.vigil.server.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a health check: {@code setup}, {@code build} or {@code test}; its status
 * ({@code passed}, {@code failed}, {@code skipped}), exit code (null when it did not run), time,
 * the limit it was killed for (null = none) and the masked tail of its output.
 */
public record HealthStep(String name, String status, Integer exitCode, long durationMillis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String limitHit, String output) {
  public static final String PASSED = "passed";
  public static final String FAILED = "failed";
  public static final String SKIPPED = "skipped";

  /** Returns a step that did not run, with the reason as its output. */
  public static HealthStep skipped(String name, String reason) {
    return new HealthStep(name, SKIPPED, null, 0, null, reason);
  }
}
