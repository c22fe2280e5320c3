package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.server.store.AdvisorySchedule;
import dev.vigil.server.store.AdvisoryScheduleStore;
import dev.vigil.server.store.AdvisoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's daily {@code vigil advisories update}: when the installation turned it on and a day
 * has passed since the last run, downloads and imports the OSV exports with {@link AdvisoryUpdate}.
 * A failed ecosystem is recorded in the outcome and tried again the next day; the others still import.
 */
public final class DailyAdvisories {
  private static final Logger log = LoggerFactory.getLogger(DailyAdvisories.class);
  /** How long after a run the next one is due. */
  static final Duration EVERY = Duration.ofDays(1);

  private final AdvisoryScheduleStore schedules;
  private final AdvisoryStore advisories;
  private final Path workDir;
  private final Clock clock;

  public DailyAdvisories(AdvisoryScheduleStore schedules, AdvisoryStore advisories, Path workDir, Clock clock) {
    this.schedules = schedules;
    this.advisories = advisories;
    this.workDir = workDir;
    this.clock = clock;
  }

  /** Runs the update if it is on and due; returns the outcome, or null when nothing ran. */
  public synchronized String runIfDue() {
    AdvisorySchedule schedule = schedules.load();
    Instant now = clock.instant();
    if (!schedule.enabled()) return null;
    if (schedule.lastRunAt() != null && schedule.lastRunAt().plus(EVERY).isAfter(now)) return null;
    String outcome = run(schedule);
    schedules.ran(now, outcome);
    return outcome;
  }

  private String run(AdvisorySchedule schedule) {
    List<String> parts = new ArrayList<>();
    try {
      Files.createDirectories(workDir);
      AdvisoryUpdate update = new AdvisoryUpdate(schedule.sourceUrl(), advisories);
      for (Ecosystem ecosystem : AdvisoryUpdate.ecosystems(schedule.ecosystems())) {
        try {
          AdvisoryUpdate.Outcome outcome = update.update(ecosystem, workDir, (e, done, total) -> {});
          parts.add(ecosystem.osvName() + ": " + outcome.advisories() + " advisories");
        } catch (RuntimeException e) {
          parts.add(ecosystem.osvName() + " failed: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      parts.add("failed: " + e.getMessage());
    }
    String outcome = String.join("; ", parts);
    log.info("daily advisory update: {}", outcome);
    return outcome;
  }
}
