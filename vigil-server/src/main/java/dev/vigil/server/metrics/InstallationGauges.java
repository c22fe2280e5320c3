package dev.vigil.server.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * What the database says about the whole installation, read at each scrape: scans by state,
 * commits analysed, the job queue, findings by state and severity, validation verdicts. Every
 * process sharing the database reports the same values.
 */
final class InstallationGauges {
  /** Recurring tasks are always in db-scheduler's table; they are not waiting work. */
  private static final List<String> RECURRING = List.of("poll-branches", "weekly-digest");
  private final Jdbi jdbi;

  InstallationGauges(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Returns the number of scans in each state. */
  Map<List<String>, Long> scansByState() {
    return grouped("SELECT state, COUNT(*) AS n FROM scans GROUP BY state", "state");
  }

  /** Returns the commits done by every scan so far. */
  long commitsAnalysed() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(commits_done), 0) FROM scans").mapTo(Long.class).one());
  }

  /** Returns the background tasks due and not yet picked, by task. */
  Map<List<String>, Long> queueDepth() {
    return jdbi.withHandle(h -> {
      Map<List<String>, Long> depth = new LinkedHashMap<>();
      h.createQuery("SELECT task_name, COUNT(*) AS n FROM scheduled_tasks WHERE picked = FALSE "
              + "AND execution_time <= CURRENT_TIMESTAMP AND task_name NOT IN (<recurring>) GROUP BY task_name ORDER BY task_name")
          .bindList("recurring", RECURRING)
          .map((rs, ctx) -> Map.entry(List.of(rs.getString("task_name")), rs.getLong("n")))
          .forEach(e -> depth.put(e.getKey(), e.getValue()));
      return depth;
    });
  }

  /** Returns the number of findings in each triage state and severity. */
  Map<List<String>, Long> findings() {
    return grouped("SELECT status, severity, COUNT(*) AS n FROM findings GROUP BY status, severity", "status", "severity");
  }

  /** Returns the number of findings by the verdict of their newest validation ("none" if never validated). */
  Map<List<String>, Long> verdicts() {
    return grouped("SELECT COALESCE(verdict, 'none') AS verdict, COUNT(*) AS n FROM findings GROUP BY COALESCE(verdict, 'none')",
        "verdict");
  }

  private Map<List<String>, Long> grouped(String sql, String... columns) {
    return jdbi.withHandle(h -> {
      Map<List<String>, Long> counts = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
      h.createQuery(sql).map((rs, ctx) -> {
        List<String> labels = new java.util.ArrayList<>();
        for (String column : columns) labels.add(rs.getString(column));
        return Map.entry(List.copyOf(labels), rs.getLong("n"));
      }).forEach(e -> counts.put(e.getKey(), e.getValue()));
      return counts;
    });
  }
}
