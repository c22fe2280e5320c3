package dev.vigil.server.digest;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.threat.RankedFinding;
import java.util.List;

/**
 * One repository's part of a digest: the recommended top 10, high and critical findings first seen
 * in the window, findings fixed in it (with their fixed-in commits), deferrals now due, the threat
 * model's pending review (null when none), why its scans are stale (null when fresh), environments
 * failing their health check, and every rejection of the window with a suggestion.
 */
public record RepositoryDigest(
    RepositoryRecord repository,
    List<RankedFinding> recommended,
    List<FindingRecord> newSevere,
    List<FindingRecord> fixed,
    List<FindingRecord> deferredDue,
    List<String> threatModelChanges,
    String staleScan,
    List<FailingEnvironment> failingEnvironments,
    List<Rejection> rejections) {

  public RepositoryDigest {
    recommended = List.copyOf(recommended);
    newSevere = List.copyOf(newSevere);
    fixed = List.copyOf(fixed);
    deferredDue = List.copyOf(deferredDue);
    threatModelChanges = threatModelChanges == null ? null : List.copyOf(threatModelChanges);
    failingEnvironments = List.copyOf(failingEnvironments);
    rejections = List.copyOf(rejections);
  }

  /** An environment whose newest health check failed, and why. */
  public record FailingEnvironment(long id, String name, String reason) {}

  /** A finding rejected in the window: who, why, and what to change so its look-alikes stop. */
  public record Rejection(FindingRecord finding, String actor, String reason, java.time.Instant at,
      String suggestion) {}

  /** Returns true when the threat model waits for a person's review. */
  public boolean threatModelNeedsReview() {
    return threatModelChanges != null;
  }

  /** Returns true when nothing but the standing top 10 is worth saying. */
  public boolean quiet() {
    return newSevere.isEmpty() && fixed.isEmpty() && deferredDue.isEmpty() && !threatModelNeedsReview()
        && staleScan == null && failingEnvironments.isEmpty() && rejections.isEmpty();
  }
}
