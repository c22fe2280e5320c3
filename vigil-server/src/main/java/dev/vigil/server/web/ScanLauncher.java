package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
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
  private final EnvironmentStore environments;

  public ScanLauncher(ScanStore scans, RepositoryMirrors mirrors, ScanJobs jobs, AuditLog audit,
      EnvironmentStore environments) {
    this.scans = scans;
    this.environments = environments;
    this.mirrors = mirrors;
    this.jobs = jobs;
    this.audit = audit;
  }

  /**
   * Queues a backfill of {@code branch} (blank = the repository's default) over a window of
   * {@code commits} or a date range ({@code since}, {@code until}; commits null), in an environment of the
   * repository ({@code environmentId}, null = none); returns the stored scan.
   */
  public ScanRecord backfill(User user, RepositoryRecord repository, String branch, Integer commits,
      Instant since, Instant until, Long environmentId) {
    Access.require(user.role().canScan(), user, "start scans");
    if (branch == null || branch.isBlank()) {
      branch = repository.defaultBranch();
      if (branch == null) throw ApiException.badRequest("branch", "branch is required");
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw ApiException.badRequest("window.until", "window.until must not be before window.since");
    }
    requireBranch(repository, branch);
    requireEnvironment(repository, environmentId);
    ScanRecord scan = scans.create(repository.id(), environmentId, branch, ScanRecord.BACKFILL, commits, since,
        until, null, user.id());
    jobs.enqueue(scan.id());
    audit.record(user.username(), "scan.created", "scan " + scan.id(),
        repository.name() + " " + branch);
    return scan;
  }

  private void requireEnvironment(RepositoryRecord repository, Long environmentId) {
    if (environmentId == null) return;
    environments.find(environmentId).map(EnvironmentRecord::repositoryId)
        .filter(owner -> owner == repository.id())
        .orElseThrow(() -> ApiException.badRequest("environmentId",
            "no environment " + environmentId + " in repository " + repository.id()));
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
