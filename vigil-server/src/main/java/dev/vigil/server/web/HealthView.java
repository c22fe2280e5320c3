package dev.vigil.server.web;

import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthStep;
import java.time.Instant;
import java.util.List;

/** The API's shape of a health check: {@code state, startedAt, steps} and what else helps. */
public record HealthView(long id, long environmentId, String state, String commit, Instant startedAt,
    Instant finishedAt, String error, List<HealthStep> steps) {
  /** Returns the view of a stored check. */
  public static HealthView of(HealthCheckRecord check) {
    return new HealthView(check.id(), check.environmentId(), check.state(), check.commit(), check.startedAt(),
        check.finishedAt(), check.error(), check.steps());
  }
}
