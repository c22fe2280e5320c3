package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;

/**
 * Starts environment health checks for the API and the web UI alike: developers and up may start
 * one; a check already queued or running is answered instead of starting a second.
 */
public final class HealthChecks {
  private final HealthCheckStore checks;
  private final ScanJobs jobs;
  private final AuditLog audit;

  public HealthChecks(HealthCheckStore checks, ScanJobs jobs, AuditLog audit) {
    this.checks = checks;
    this.jobs = jobs;
    this.audit = audit;
  }

  /** Queues a health check of {@code environment} (already checked visible) and returns it. */
  public HealthCheckRecord start(User user, EnvironmentRecord environment) {
    Access.require(user.role().canScan(), user, "run health checks");
    HealthCheckRecord live = checks.newest(environment.id()).filter(HealthCheckRecord::live).orElse(null);
    if (live != null) return live;
    HealthCheckRecord check = checks.queue(environment.id(), user.username());
    jobs.enqueueHealthCheck(check.id());
    audit.record(user.username(), "environment.health_check", "environment " + environment.id(),
        "health check " + check.id());
    return check;
  }
}
