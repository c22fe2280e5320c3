package dev.vigil.server.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The append-only record of who did what: sign-ins, connections, scans, triage, model edits. */
public final class AuditLog {
  /** One entry of the log. */
  public record Entry(long id, String actor, String action, String target, String detail, Instant at) {}

  private final Jdbi jdbi;

  public AuditLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Appends an entry. */
  public void record(String actor, String action, String target, String detail) {
    jdbi.useHandle(h -> h.createUpdate(
            "INSERT INTO audit_log (actor, action, target, detail, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, actor).bind(1, action).bind(2, target).bind(3, truncate(detail))
        .bind(4, Clock.now()).execute());
  }

  /** Returns the newest entries first, at most {@code limit}, older than {@code beforeId} if given. */
  public List<Entry> newest(int limit, Long beforeId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log"
            + (beforeId == null ? "" : " WHERE id < :before") + " ORDER BY id DESC LIMIT :limit")
        .bind("before", beforeId).bind("limit", limit)
        .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
            rs.getString("target"), rs.getString("detail"),
            Rows.instant(rs, "created_at")))
        .list());
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + "…";
  }
}
