package dev.vigil.server.web;

import dev.vigil.server.store.ScanRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a scan: its state and a progress object with rate and ETA. */
public record ScanView(
    long id, long repositoryId, Long environmentId, String branch, String kind, Map<String, Object> window,
    String state, String headSha, Progress progress, String error, int skippedCount,
    Instant createdAt, Instant startedAt, Instant finishedAt) {

  /** Progress of a scan in commits, with its rate and the estimated seconds left (null if unknown). */
  public record Progress(int commitsDone, int commitsTotal, double percent, long blobsAnalysed,
      long cacheHits, double commitsPerSecond, Long etaSeconds) {}

  /** Returns the view of a stored scan. */
  public static ScanView of(ScanRecord scan) {
    Map<String, Object> window = new LinkedHashMap<>();
    if (scan.windowCommits() != null) window.put("commits", scan.windowCommits());
    if (scan.windowSince() != null) window.put("since", scan.windowSince());
    if (scan.windowUntil() != null) window.put("until", scan.windowUntil());
    if (scan.baseSha() != null) window.put("after", scan.baseSha());
    double percent = scan.commitsTotal() == 0 ? (scan.finished() ? 100 : 0)
        : Math.round(1000.0 * scan.commitsDone() / scan.commitsTotal()) / 10.0;
    return new ScanView(scan.id(), scan.repositoryId(), scan.environmentId(), scan.branch(), scan.kind(), window,
        scan.state(), scan.headSha(),
        new Progress(scan.commitsDone(), scan.commitsTotal(), percent, scan.blobsAnalysed(),
            scan.cacheHits(), Math.round(scan.rate() * 10) / 10.0, scan.etaSeconds()),
        scan.error(), scan.skippedCount(), scan.createdAt(), scan.startedAt(), scan.finishedAt());
  }
}
