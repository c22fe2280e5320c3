package dev.vigil.server.store;

import java.time.Instant;

/**
 * A scan of a repository branch and its live state: queued, running, done or failed; progress in
 * commits with rate and ETA; the head it started from; what went wrong, if anything.
 */
public record ScanRecord(
    long id,
    long repositoryId,
    Long environmentId,
    String branch,
    String kind,
    Integer windowCommits,
    Instant windowSince,
    String state,
    String headSha,
    String baseSha,
    int commitsDone,
    int commitsTotal,
    long blobsAnalysed,
    long cacheHits,
    double rate,
    Long etaSeconds,
    String error,
    int skippedCount,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Instant windowUntil) {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String BACKFILL = "backfill";
  public static final String INCREMENTAL = "incremental";

  /** Returns true once the scan ended, well or not. */
  public boolean finished() {
    return DONE.equals(state) || FAILED.equals(state);
  }
}
