package dev.vigil.server.store;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.Sighting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A finding of a repository as stored: its identity (fingerprint), what the analyzer said, where,
 * the commits that introduced and fixed it, its triage state, and the verdict of its newest
 * validation record (null before the first). {@code evidence} and {@code sightings} are loaded
 * only for the detail view (empty in lists). {@code suggestedOwners} are the owners CODEOWNERS
 * names for its path at the newest scanned head (empty when none).
 */
public record FindingRecord(
    long id,
    long repositoryId,
    String fingerprint,
    String ruleId,
    int cwe,
    String severity,
    String confidence,
    String message,
    String path,
    int line,
    String excerpt,
    CommitInfo introducedIn,
    CommitInfo fixedIn,
    boolean presentAtHead,
    int commitsPresent,
    String status,
    String owner,
    LocalDate deferredUntil,
    boolean validated,
    String verdict,
    Instant firstSeenAt,
    Instant updatedAt,
    List<EvidenceStep> evidence,
    List<Sighting> sightings,
    List<String> suggestedOwners) {

  /** Triage states; "fixed" is set by scans when the code no longer carries the finding. */
  public static final List<String> STATUSES =
      List.of("open", "accepted", "deferred", "rejected", "fixed");
}
