package dev.vigil.server.digest;

import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingWindows;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.ui.Format;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes digests: the one place the command line, the API and the weekly job get them from.
 * The window ends now; it starts a week earlier unless told otherwise.
 */
public final class Digests {
  /** The default window of a digest. */
  public static final Duration WEEK = Duration.ofDays(7);
  /** A branch whose newest scan finished longer ago than this is reported as stale. */
  static final Duration STALE_AFTER = Duration.ofDays(14);
  /** A scan queued or running longer than this is reported as stuck. */
  static final Duration STUCK_AFTER = Duration.ofDays(1);

  private final FindingRanking ranking;
  private final FindingWindows windows;
  private final ThreatModelStore models;
  private final ScanStore scans;
  private final EnvironmentStore environments;
  private final HealthCheckStore healthChecks;
  private final Clock clock;

  public Digests(FindingRanking ranking, FindingWindows windows, ThreatModelStore models, ScanStore scans,
      EnvironmentStore environments, HealthCheckStore healthChecks, Clock clock) {
    this.ranking = ranking;
    this.windows = windows;
    this.models = models;
    this.scans = scans;
    this.environments = environments;
    this.healthChecks = healthChecks;
    this.clock = clock;
  }

  /** Returns the digest of {@code repositories} from {@code since} (null = a week ago) to now. */
  public Digest of(List<RepositoryRecord> repositories, Instant since, String baseUrl) {
    Instant until = clock.instant();
    Instant from = since == null ? until.minus(WEEK) : since;
    if (!from.isBefore(until)) throw new IllegalArgumentException("since must be in the past, got " + from);
    List<RepositoryDigest> parts = new ArrayList<>();
    for (RepositoryRecord repository : repositories) parts.add(of(repository, from, until));
    return new Digest(from, until, baseUrl, parts);
  }

  /** Returns the start of a window given as a date (its first moment, UTC) or a time; bad text throws. */
  public static Instant parseSince(String text) {
    try {
      return java.time.LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (java.time.format.DateTimeParseException notADate) {
      try {
        return java.time.OffsetDateTime.parse(text.trim()).toInstant();
      } catch (java.time.format.DateTimeParseException notATime) {
        throw new IllegalArgumentException("since must be a date like 2024-01-31 or a time like "
            + "2024-01-31T10:00:00Z, got '" + text + "'");
      }
    }
  }

  private RepositoryDigest of(RepositoryRecord repository, Instant from, Instant until) {
    long id = repository.id();
    List<RepositoryDigest.Rejection> rejections = windows.rejections(id, from, until).stream()
        .map(r -> new RepositoryDigest.Rejection(r.finding(), r.event().actor(), r.event().reason(),
            r.event().at(), RejectionAdvice.suggest(r.finding(), r.event().reason())))
        .toList();
    List<String> review = models.status(id).filter(ThreatModelStore.Status::needsReview)
        .map(ThreatModelStore.Status::changes).orElse(null);
    return new RepositoryDigest(repository, ranking.recommended(id, 10), windows.newSevere(id, from, until),
        windows.fixed(id, from, until), windows.deferredDue(id, until.atZone(ZoneOffset.UTC).toLocalDate()),
        review, staleness(scans.forRepository(id), until), failing(id), rejections);
  }

  /** Returns why a repository's scans (newest first) are stale at {@code now}, or null if they are not. */
  static String staleness(List<ScanRecord> scans, Instant now) {
    if (scans.isEmpty()) return "Never scanned: create a scan.";
    ScanRecord newest = scans.get(0);
    if (ScanRecord.FAILED.equals(newest.state())) {
      return "The last scan (#" + newest.id() + " of " + newest.branch() + ") failed: " + newest.error();
    }
    if (!newest.finished() && newest.createdAt().isBefore(now.minus(STUCK_AFTER))) {
      return "Scan #" + newest.id() + " of " + newest.branch() + " has been " + newest.state() + " since "
          + Format.time(newest.createdAt()) + " (" + newest.commitsDone() + " of " + newest.commitsTotal()
          + " commits).";
    }
    Instant lastDone = scans.stream().filter(s -> ScanRecord.DONE.equals(s.state()))
        .map(ScanRecord::finishedAt).findFirst().orElse(null);
    if (newest.finished() && lastDone != null && lastDone.isBefore(now.minus(STALE_AFTER))) {
      return "No scan since " + Format.day(lastDone) + " (" + Duration.between(lastDone, now).toDays()
          + " days): check that the branch is still polled.";
    }
    return null;
  }

  private List<RepositoryDigest.FailingEnvironment> failing(long repositoryId) {
    Map<Long, HealthCheckRecord> newest = healthChecks.newestOfRepository(repositoryId);
    List<RepositoryDigest.FailingEnvironment> failing = new ArrayList<>();
    for (EnvironmentRecord environment : environments.forRepository(repositoryId)) {
      HealthCheckRecord check = newest.get(environment.id());
      if (check != null && HealthCheckRecord.FAILED.equals(check.state())) {
        failing.add(new RepositoryDigest.FailingEnvironment(environment.id(), environment.name(),
            check.failureReason()));
      }
    }
    return failing;
  }
}
