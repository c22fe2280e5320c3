package dev.vigil.server.store;

import java.time.Instant;
import java.util.List;

/**
 * One health check of an environment: its state ({@code queued}, {@code running}, {@code passed},
 * {@code failed}), the commit checked, why it failed when no step says so, its steps so far, who
 * asked, and when it was asked, started and finished.
 */
public record HealthCheckRecord(long id, long environmentId, String state, String commit, String error,
    List<HealthStep> steps, String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String PASSED = "passed";
  public static final String FAILED = "failed";

  public HealthCheckRecord {
    steps = List.copyOf(steps);
  }

  /** Returns true while the check is queued or running. */
  public boolean live() {
    return QUEUED.equals(state) || RUNNING.equals(state);
  }

  /** Returns why a failed check failed: the first failed step and how, else the recorded error. */
  public String failureReason() {
    return steps.stream().filter(s -> HealthStep.FAILED.equals(s.status())).findFirst()
        .map(s -> "the " + s.name() + " step " + (s.limitHit() != null ? "hit the " + s.limitHit() + " limit"
            : s.exitCode() != null ? "exited with " + s.exitCode() : "could not run"))
        .orElse(error == null ? "no step passed" : error);
  }
}
