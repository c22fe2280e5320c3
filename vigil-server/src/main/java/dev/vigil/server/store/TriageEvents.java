package dev.vigil.server.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The audit trail of triage actions on findings: who did what, when, and why. */
public final class TriageEvents {
  /** One triage action. */
  public record Event(long id, long findingId, String actor, String action, String reason,
      LocalDate until, String owner, Instant at) {}

  private final Jdbi jdbi;

  public TriageEvents(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Appends an action. */
  public void record(long findingId, String actor, String action, String reason, LocalDate until,
      String owner) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO triage_events (finding_id, actor, action, reason, "
            + "until_date, owner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(0, findingId).bind(1, actor).bind(2, action).bind(3, reason).bind(4, until)
        .bind(5, owner).bind(6, Clock.now()).execute());
  }

  /** Returns the actions on a finding, oldest first. */
  public List<Event> forFinding(long findingId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM triage_events WHERE finding_id = ? ORDER BY id")
        .bind(0, findingId)
        .map((rs, ctx) -> new Event(rs.getLong("id"), rs.getLong("finding_id"), rs.getString("actor"),
            rs.getString("action"), rs.getString("reason"), rs.getObject("until_date", LocalDate.class),
            rs.getString("owner"), Rows.instant(rs, "created_at")))
        .list());
  }
}
