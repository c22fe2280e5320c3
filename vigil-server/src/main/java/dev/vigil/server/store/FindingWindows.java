package dev.vigil.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * What happened to a repository's findings within a time window, for the weekly digest: findings
 * first seen, findings fixed, deferrals that fell due and rejections made. Read-only; the window
 * is {@code [from, to)}.
 */
public final class FindingWindows {
  private static final String SEVERE = "severity IN ('critical', 'high')";
  private final Jdbi jdbi;

  public FindingWindows(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A rejection as the triage trail recorded it, with the finding rejected. */
  public record Rejection(FindingRecord finding, TriageEvents.Event event) {}

  /** Returns the high and critical findings Vigil first saw in the window, most severe first. */
  public List<FindingRecord> newSevere(long repositoryId, Instant from, Instant to) {
    return select(SEVERE + " AND first_seen_at >= :from AND first_seen_at < :to", repositoryId, from, to);
  }

  /** Returns the findings whose fixing commit was made in the window, most severe first. */
  public List<FindingRecord> fixed(long repositoryId, Instant from, Instant to) {
    return select("fixed_sha IS NOT NULL AND fixed_at >= :from AND fixed_at < :to AND status <> 'rejected'",
        repositoryId, from, to);
  }

  /** Returns the deferred findings whose date has come by {@code day}, earliest due first. */
  public List<FindingRecord> deferredDue(long repositoryId, LocalDate day) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + FindingStore.LIST_COLUMNS + " FROM findings "
            + "WHERE repository_id = ? AND status = 'deferred' AND deferred_until <= ? "
            + "ORDER BY deferred_until, severity_rank, id")
        .bind(0, repositoryId).bind(1, day).map((rs, ctx) -> FindingStore.map(rs, false)).list());
  }

  /** Returns every rejection made in the window, oldest first, with its finding. */
  public List<Rejection> rejections(long repositoryId, Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + prefixed("f.") + ", e.id AS event_id, e.actor, "
            + "e.action, e.reason, e.until_date, e.owner AS event_owner, e.created_at AS event_at "
            + "FROM triage_events e JOIN findings f ON f.id = e.finding_id WHERE f.repository_id = :repo "
            + "AND e.action = 'reject' AND e.created_at >= :from AND e.created_at < :to ORDER BY e.id")
        .bind("repo", repositoryId).bind("from", from).bind("to", to)
        .map((rs, ctx) -> new Rejection(FindingStore.map(rs, false), new TriageEvents.Event(
            rs.getLong("event_id"), rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
            rs.getString("reason"), rs.getObject("until_date", LocalDate.class), rs.getString("event_owner"),
            Rows.instant(rs, "event_at"))))
        .list());
  }

  private List<FindingRecord> select(String condition, long repositoryId, Instant from, Instant to) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + FindingStore.LIST_COLUMNS
            + " FROM findings WHERE repository_id = :repo AND " + condition + " ORDER BY severity_rank, id")
        .bind("repo", repositoryId).bind("from", from).bind("to", to)
        .map((rs, ctx) -> FindingStore.map(rs, false)).list());
  }

  private static String prefixed(String alias) {
    return alias + FindingStore.LIST_COLUMNS.replace(", ", ", " + alias);
  }
}
