package dev.vigil.server.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Weekly slots of the digest schedule: when one has passed, and so when a digest is due. */
class DigestScheduleTest {
  private static final URI HOOK = URI.create("https://hooks.example.org/x");

  private static DigestSchedule mondaysAt8(Instant enabledAt, Instant lastSent) {
    return new DigestSchedule(true, DayOfWeek.MONDAY, 8, null, HOOK, null, enabledAt, lastSent, null);
  }

  @Test
  void theLatestSlotIsThisWeeksOnceItsHourHasCome() {
    DigestSchedule schedule = mondaysAt8(null, null);

    // 2026-12-07 is a Monday.
    assertThat(schedule.latestSlot(Instant.parse("2026-12-07T07:59:00Z"))).isEqualTo("2026-11-30T08:00:00Z");
    assertThat(schedule.latestSlot(Instant.parse("2026-12-07T08:00:00Z"))).isEqualTo("2026-12-07T08:00:00Z");
    assertThat(schedule.latestSlot(Instant.parse("2026-12-10T23:00:00Z"))).isEqualTo("2026-12-07T08:00:00Z");
    assertThat(schedule.nextSlot(Instant.parse("2026-12-10T23:00:00Z"))).isEqualTo("2026-12-14T08:00:00Z");
  }

  @Test
  void dueOncePerSlotAndNeverForASlotBeforeItWasEnabled() {
    Instant enabled = Instant.parse("2026-12-02T12:00:00Z");

    assertThat(mondaysAt8(enabled, null).due(Instant.parse("2026-12-06T12:00:00Z"))).isFalse();
    assertThat(mondaysAt8(enabled, null).due(Instant.parse("2026-12-07T08:01:00Z"))).isTrue();
    assertThat(mondaysAt8(enabled, Instant.parse("2026-12-07T08:01:00Z")).due(Instant.parse("2026-12-07T09:00:00Z")))
        .isFalse();
    assertThat(mondaysAt8(enabled, Instant.parse("2026-12-07T08:01:00Z")).due(Instant.parse("2026-12-14T08:00:00Z")))
        .isTrue();
    assertThat(new DigestSchedule(false, DayOfWeek.MONDAY, 8, null, null, null, enabled, null, null)
        .due(Instant.parse("2026-12-14T08:00:00Z"))).isFalse();
  }

  @Test
  void theWindowStartsAtTheLastDigest() {
    Instant last = Instant.parse("2026-12-07T08:01:00Z");

    assertThat(mondaysAt8(null, last).windowStart(Instant.parse("2026-12-14T08:00:00Z"))).isEqualTo(last);
    assertThat(mondaysAt8(null, null).windowStart(Instant.parse("2026-12-14T08:00:00Z")))
        .isEqualTo("2026-12-07T08:00:00Z");
  }

  @Test
  void anEnabledScheduleNeedsSomewhereToGoAndAnHourOfTheDay() {
    assertThatThrownBy(() -> new DigestSchedule(true, DayOfWeek.MONDAY, 8, null, null, null, null, null, null))
        .hasMessage("a digest needs a folder or a webhookUrl to go to");
    assertThatThrownBy(() -> new DigestSchedule(false, DayOfWeek.MONDAY, 24, null, null, null, null, null, null))
        .hasMessage("hour must be 0 to 23, got 24");
  }
}
