package dev.vigil.server.ui;

import dev.vigil.server.store.PatchStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Counts and timelines over a repository's findings for its overview: read-only queries. */
public final class RepositoryFacts {
  private static final String HIGH = "severity IN ('critical', 'high')";
  private final Jdbi jdbi;

  /** Creates the queries over {@code jdbi}. */
  public RepositoryFacts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * {@code count} findings of one severity that appeared (introducing commit, else first
   * sighting) and were fixed (or null) at the same times, to the day.
   */
  public record Span(String severity, Instant start, Instant fixed, long count) {
    /** Returns the span of one finding. */
    Span(String severity, Instant start, Instant fixed) {
      this(severity, start, fixed, 1);
    }
  }

  /**
   * The counts behind the readiness checklist, read in one pass over a repository's findings:
   * {@code highFixedUnvalidated} counts fixed high findings with neither a validation record nor a
   * validated patch (whose record holds the regression test when the fix allows one), and
   * {@code patches} the review of the proposed patches.
   */
  record Counts(long openAtHead, long highAtHead, long highWithoutOwnerOrStatus, long highFixed,
      long highFixedUnvalidated, PatchStore.Review patches) {}

  /** Returns the readiness counts of a repository. */
  Counts counts(long repositoryId) {
    PatchStore.Review patches = new PatchStore(jdbi).review(repositoryId);
    return jdbi.withHandle(h -> h.createQuery("SELECT "
            + sum("present_at_head = TRUE AND status IN ('open', 'accepted')") + " AS open_at_head, "
            + sum("present_at_head = TRUE AND " + HIGH) + " AS high_at_head, "
            + sum("present_at_head = TRUE AND " + HIGH + " AND status IN ('open', 'accepted', 'deferred') "
                + "AND (owner IS NULL OR status = 'open')") + " AS high_missing, "
            + sum(HIGH + " AND status = 'fixed'") + " AS high_fixed, "
            + sum(HIGH + " AND status = 'fixed' AND verdict IS NULL AND NOT EXISTS (SELECT 1 FROM finding_patches p "
                + "WHERE p.finding_id = findings.id AND p.verdict = 'validated')") + " AS high_unvalidated "
            + "FROM findings WHERE repository_id = ?")
        .bind(0, repositoryId)
        .map((rs, ctx) -> new Counts(rs.getLong("open_at_head"), rs.getLong("high_at_head"),
            rs.getLong("high_missing"), rs.getLong("high_fixed"), rs.getLong("high_unvalidated"), patches))
        .one());
  }

  private static String sum(String condition) {
    return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
  }

  /**
   * Returns the spans of the repository's findings (rejected ones left out) counted by severity,
   * day of appearance and day of fix, so a repository of 100,000 findings yields a few rows.
   */
  public List<Span> spans(long repositoryId) {
    String started = "CAST(COALESCE(introduced_at, first_seen_at) AS DATE)";
    String fixed = "CAST(fixed_at AS DATE)";
    return jdbi.withHandle(h -> h.createQuery("SELECT severity, " + started + " AS started, " + fixed
            + " AS fixed, COUNT(*) AS n FROM findings WHERE repository_id = ? AND status <> 'rejected' "
            + "GROUP BY severity, " + started + ", " + fixed)
        .bind(0, repositoryId)
        .map((rs, ctx) -> {
          LocalDate fixedDay = rs.getObject("fixed", LocalDate.class);
          return new Span(rs.getString("severity"), utc(rs.getObject("started", LocalDate.class)),
              fixedDay == null ? null : utc(fixedDay), rs.getLong("n"));
        })
        .list());
  }

  private static Instant utc(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

}
