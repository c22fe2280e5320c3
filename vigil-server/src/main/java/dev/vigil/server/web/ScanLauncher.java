package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import java.time.Instant;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/**
 * Queues backfill scans for the API and the web UI alike: checks the role and the branch, stores
 * the scan, hands it to the background jobs and writes the audit trail.
 */
public final class ScanLauncher {
  private final ScanStore scans;
  private final RepositoryMirrors mirrors;
  private final ScanJobs jobs;
  private final AuditLog audit;

  public ScanLauncher(ScanStore scans, RepositoryMirrors mirrors, ScanJobs jobs, AuditLog audit) {
    this.scans = scans;
    this.mirrors = mirrors;
    this.jobs = jobs;
    this.audit = audit;
  }

  /**
   * Queues a backfill of {@code branch} (blank = the repository's default) over a window of
   * {@code commits} or {@code since} a time (exactly one is non-null); returns the stored scan.
   */
  public ScanRecord backfill(User user, RepositoryRecord repository, String branch, Integer commits,
      Instant since) {
    return backfill(user, repository, branch, commits, since, null);
  }

  /** Queues a backfill like the method above, in an environment of the repository (null = none). */
  public ScanRecord backfill(User user, RepositoryRecord repository, String branch, Integer commits,
      Instant since, Long environmentId) {
    Access.require(user.role().canScan(), user, "start scans");
    if (branch == null || branch.isBlank()) {
      branch = repository.defaultBranch();
      if (branch == null) throw ApiException.badRequest("branch", "branch is required");
    }
    requireBranch(repository, branch);
    ScanRecord scan = scans.create(repository.id(), environmentId, branch, ScanRecord.BACKFILL, commits, since,
        null, user.id());
    jobs.enqueue(scan.id());
    audit.record(user.username(), "scan.created", "scan " + scan.id(),
        repository.name() + " " + branch);
    return scan;
  }

  private void requireBranch(RepositoryRecord repository, String branch) {
    if (!RepositoryMirrors.isLocal(repository.url())) return; // checked when the scan fetches
    try (Repository git = mirrors.open(repository, null)) {
      if (git.resolve(Constants.R_HEADS + branch) == null && git.resolve(branch) == null) {
        throw ApiException.badRequest("branch", "unknown branch '" + branch + "' in " + repository.name());
      }
    } catch (java.io.IOException | RuntimeException e) {
      if (e instanceof ApiException api) throw api;
      throw ApiException.badRequest("repositoryId", e.getMessage());
    }
  }
}
