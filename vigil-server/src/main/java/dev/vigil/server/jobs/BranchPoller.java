package dev.vigil.server.jobs;

import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import java.util.function.LongConsumer;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds branches that moved since their last finished scan and queues an incremental scan of the
 * new commits; called on a schedule and by push webhooks.
 */
public final class BranchPoller {
  private static final Logger log = LoggerFactory.getLogger(BranchPoller.class);
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final RepositoryMirrors mirrors;

  public BranchPoller(RepositoryStore repositories, ScanStore scans, RepositoryMirrors mirrors) {
    this.repositories = repositories;
    this.scans = scans;
    this.mirrors = mirrors;
  }

  /** Checks every connected repository's scanned branches. */
  public void pollAll(LongConsumer enqueue) {
    for (RepositoryRecord repository : repositories.all()) {
      for (String branch : scans.forRepository(repository.id()).stream()
          .filter(s -> ScanRecord.DONE.equals(s.state())).map(ScanRecord::branch).distinct().toList()) {
        try {
          poll(repository, branch, enqueue);
        } catch (RuntimeException e) {
          log.warn("cannot poll {} {}: {}", repository.name(), branch, e.getMessage());
        }
      }
    }
  }

  /** Queues an incremental scan if {@code branch} moved; returns the scan id or -1. */
  public long poll(RepositoryRecord repository, String branch, LongConsumer enqueue) {
    if (scans.hasActive(repository.id(), branch)) return -1;
    ScanRecord last = scans.lastDone(repository.id(), branch).orElse(null);
    if (last == null || last.headSha() == null) return -1;
    String head;
    try (Repository git = mirrors.open(repository, repositories.credential(repository.id()))) {
      head = ScanRunner.resolve(git, branch).name();
    }
    if (head.equals(last.headSha())) return -1;
    ScanRecord scan = scans.create(repository.id(), null, branch, ScanRecord.INCREMENTAL, null, null, null,
        last.headSha(), null);
    enqueue.accept(scan.id());
    log.info("{} {} moved to {}: incremental scan {}", repository.name(), branch, head, scan.id());
    return scan.id();
  }
}
