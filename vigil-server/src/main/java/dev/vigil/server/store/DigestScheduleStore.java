package dev.vigil.server.store;

import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.digest.DigestSchedule;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** The installation's one digest schedule; the webhook URL (a bearer secret for Slack) is sealed. */
public final class DigestScheduleStore {
  private final Jdbi jdbi;
  private final SecretBox box;

  public DigestScheduleStore(Jdbi jdbi, SecretBox box) {
    this.jdbi = jdbi;
    this.box = box;
  }

  /** Returns the schedule, or {@link DigestSchedule#off()} if none was ever saved. */
  public DigestSchedule load() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM digest_schedule WHERE id = 1")
        .map((rs, ctx) -> {
          String folder = rs.getString("folder");
          String webhook = box.open(rs.getString("webhook_url"));
          return new DigestSchedule(rs.getBoolean("enabled"), DayOfWeek.valueOf(rs.getString("day_of_week")),
              rs.getInt("hour_utc"), folder == null ? null : Path.of(folder),
              webhook == null ? null : URI.create(webhook), rs.getString("public_url"),
              Rows.instant(rs, "enabled_at"), Rows.instant(rs, "last_sent_at"), rs.getString("last_outcome"));
        })
        .findOne().orElse(DigestSchedule.off()));
  }

  /** Saves {@code schedule} as set by {@code username}; the sending history is kept. */
  public void save(DigestSchedule schedule, String username) {
    jdbi.useTransaction(h -> {
      h.createUpdate("DELETE FROM digest_schedule WHERE id = 1").execute();
      h.createUpdate("INSERT INTO digest_schedule (id, enabled, day_of_week, hour_utc, folder, webhook_url, "
              + "public_url, enabled_at, last_sent_at, last_outcome, updated_by, updated_at) "
              + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .bind(0, schedule.enabled()).bind(1, schedule.day().name()).bind(2, schedule.hour())
          .bind(3, schedule.folder() == null ? null : schedule.folder().toString())
          .bind(4, schedule.webhookUrl() == null ? null : box.seal(schedule.webhookUrl().toString()))
          .bind(5, schedule.publicUrl()).bind(6, schedule.enabledAt()).bind(7, schedule.lastSentAt())
          .bind(8, schedule.lastOutcome()).bind(9, username).bind(10, Clock.now()).execute();
    });
  }

  /** Records that a digest was sent (or tried) at {@code at}, and how it went. */
  public void sent(Instant at, String outcome) {
    String line = outcome.length() <= 2000 ? outcome : outcome.substring(0, 1999) + "…";
    jdbi.useHandle(h -> h.createUpdate("UPDATE digest_schedule SET last_sent_at = ?, last_outcome = ? WHERE id = 1")
        .bind(0, at).bind(1, line).execute());
  }
}
