package dev.vigil.server.web;

import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.ValidationStore;
import java.util.Optional;

/**
 * A finding's validation as the API and the pages see it: its newest record, and a person's request
 * to validate it again now (developers and up), queued as a background job and audited.
 */
public final class FindingValidations {
  private final ValidationStore store;
  private final ScanJobs jobs;
  private final AuditLog audit;

  public FindingValidations(ValidationStore store, ScanJobs jobs, AuditLog audit) {
    this.store = store;
    this.jobs = jobs;
    this.audit = audit;
  }

  /** Returns the finding's newest validation record, if it was ever validated. */
  public Optional<ValidationRecord> latest(long findingId) {
    return store.latest(findingId);
  }

  /** Queues the validation of {@code finding}; 403 unless the user's role may triage. */
  public void request(User user, FindingRecord finding) {
    Access.require(user.role().canTriage(), user, "validate findings");
    jobs.validateFinding(finding.id());
    audit.record(user.username(), "finding.validate", "finding " + finding.id(), null);
  }
}
