package dev.vigil.server.store;

import java.time.Instant;
import java.util.List;

/**
 * The installation's daily advisory update: on or off, the OSV export base (null = osv.dev), the
 * ecosystems (empty = all), and the last run.
 */
public record AdvisorySchedule(boolean enabled, String sourceUrl, List<String> ecosystems, Instant lastRunAt,
    String lastOutcome) {

  public AdvisorySchedule {
    ecosystems = List.copyOf(ecosystems);
  }

  /** Returns the schedule of an installation that never set one: off. */
  public static AdvisorySchedule off() {
    return new AdvisorySchedule(false, null, List.of(), null, null);
  }
}
