package dev.vigil.server.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Counts and timelines over a repository's findings for its overview: read-only queries. */
final class RepositoryFacts {
  private static final String HIGH = "severity IN ('critical', 'high')";
  private final Jdbi jdbi;

  RepositoryFacts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** When a finding appeared (introducing commit, else first sighting) and was fixed (or null). */
  record Span(String severity, Instant start, Instant fixed) {}

  /** Returns the number of high or critical findings at head still missing an owner or a decision. */
  long highWithoutOwnerOrStatus(long repositoryId) {
    return count(repositoryId, "present_at_head = TRUE AND " + HIGH
        + " AND status IN ('open', 'accepted', 'deferred') AND (owner IS NULL OR status = 'open')");
  }

  /** Returns the number of high or critical findings at head. */
  long highAtHead(long repositoryId) {
    return count(repositoryId, "present_at_head = TRUE AND " + HIGH);
  }

  /** Returns the number of fixed high or critical findings. */
  long highFixed(long repositoryId) {
    return count(repositoryId, HIGH + " AND status = 'fixed'");
  }

  /** Returns the number of fixed high or critical findings without a validation record. */
  long highFixedUnvalidated(long repositoryId) {
    return count(repositoryId, HIGH + " AND status = 'fixed' AND validated = FALSE");
  }

  /** Returns every finding's span of the repository, except rejected ones. */
  List<Span> spans(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT severity, introduced_at, first_seen_at, fixed_at "
            + "FROM findings WHERE repository_id = ? AND status <> 'rejected'")
        .bind(0, repositoryId)
        .map((rs, ctx) -> {
          OffsetDateTime introduced = rs.getObject("introduced_at", OffsetDateTime.class);
          OffsetDateTime fixed = rs.getObject("fixed_at", OffsetDateTime.class);
          Instant start = (introduced != null ? introduced
              : rs.getObject("first_seen_at", OffsetDateTime.class)).toInstant();
          return new Span(rs.getString("severity"), start, fixed == null ? null : fixed.toInstant());
        })
        .list());
  }

  private long count(long repositoryId, String where) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM findings WHERE repository_id = ? AND "
            + where).bind(0, repositoryId).mapTo(Long.class).one());
  }
}
