package dev.vigil.server.digest;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When and where the installation's weekly digest goes: every {@code day} at {@code hour}:00 UTC,
 * into {@code folder} (Markdown and HTML files) and/or to a Slack-compatible {@code webhookUrl}.
 * {@code enabledAt} is when it was last switched on; a week's slot counts only after it.
 */
public record DigestSchedule(boolean enabled, DayOfWeek day, int hour, Path folder, URI webhookUrl,
    String publicUrl, Instant enabledAt, Instant lastSentAt, String lastOutcome) {

  public DigestSchedule {
    if (hour < 0 || hour > 23) throw new IllegalArgumentException("hour must be 0 to 23, got " + hour);
    if (enabled && folder == null && webhookUrl == null) {
      throw new IllegalArgumentException("a digest needs a folder or a webhookUrl to go to");
    }
  }

  /** Returns the schedule of an installation that never set one: off, Mondays at 08:00 UTC. */
  public static DigestSchedule off() {
    return new DigestSchedule(false, DayOfWeek.MONDAY, 8, null, null, null, null, null, null);
  }

  /** Returns the newest slot (weekday and hour, UTC) at or before {@code now}. */
  public Instant latestSlot(Instant now) {
    ZonedDateTime at = now.atZone(ZoneOffset.UTC);
    ZonedDateTime slot = at.with(TemporalAdjusters.previousOrSame(day)).withHour(hour).withMinute(0)
        .withSecond(0).withNano(0);
    return (slot.isAfter(at) ? slot.minusWeeks(1) : slot).toInstant();
  }

  /** Returns the next slot after {@code now}. */
  public Instant nextSlot(Instant now) {
    return latestSlot(now).plus(Duration.ofDays(7));
  }

  /** Returns true when enabled and a slot has passed since it was enabled and since the last digest. */
  public boolean due(Instant now) {
    if (!enabled) return false;
    Instant slot = latestSlot(now);
    return (enabledAt == null || slot.isAfter(enabledAt)) && (lastSentAt == null || slot.isAfter(lastSentAt));
  }

  /** Returns where the next digest's window starts: the last digest, else a week before {@code now}. */
  public Instant windowStart(Instant now) {
    return lastSentAt != null ? lastSentAt : now.minus(Digests.WEEK);
  }
}
