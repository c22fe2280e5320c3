package dev.vigil.server.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The installation's one advisory-update schedule. */
public final class AdvisoryScheduleStore {
  private final Jdbi jdbi;

  public AdvisoryScheduleStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Returns the schedule, or {@link AdvisorySchedule#off()} if none was saved. */
  public AdvisorySchedule load() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM advisory_schedule WHERE id = 1")
        .map((rs, ctx) -> {
          String ecosystems = rs.getString("ecosystems");
          return new AdvisorySchedule(rs.getBoolean("enabled"), rs.getString("source_url"),
              ecosystems == null || ecosystems.isBlank() ? List.of() : Arrays.asList(ecosystems.split(",")),
              Rows.instant(rs, "last_run_at"), rs.getString("last_outcome"));
        })
        .findOne().orElse(AdvisorySchedule.off()));
  }

  /** Saves whether the update runs, from where and for which ecosystems; the run history is kept. */
  public void save(boolean enabled, String sourceUrl, List<String> ecosystems, String username) {
    jdbi.useTransaction(h -> {
      int updated = h.createUpdate("UPDATE advisory_schedule SET enabled = ?, source_url = ?, ecosystems = ?, "
              + "updated_by = ?, updated_at = ? WHERE id = 1")
          .bind(0, enabled).bind(1, sourceUrl).bind(2, String.join(",", ecosystems)).bind(3, username)
          .bind(4, Clock.now()).execute();
      if (updated == 0) {
        h.createUpdate("INSERT INTO advisory_schedule (id, enabled, source_url, ecosystems, updated_by, updated_at) "
                + "VALUES (1, ?, ?, ?, ?, ?)")
            .bind(0, enabled).bind(1, sourceUrl).bind(2, String.join(",", ecosystems)).bind(3, username)
            .bind(4, Clock.now()).execute();
      }
    });
  }

  /** Records a run at {@code at} and how it went. */
  public void ran(Instant at, String outcome) {
    String line = outcome.length() <= 2000 ? outcome : outcome.substring(0, 1999) + "…";
    jdbi.useHandle(h -> h.createUpdate("UPDATE advisory_schedule SET last_run_at = ?, last_outcome = ? WHERE id = 1")
        .bind(0, at).bind(1, line).execute());
  }
}
