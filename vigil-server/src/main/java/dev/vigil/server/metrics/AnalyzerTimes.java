package dev.vigil.server.metrics;

import dev.vigil.engine.git.AnalyzerTiming;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time this process's scans spent in each analyzer since it started, as a Prometheus counter
 * reads it. Like the HTTP latencies it is per process: a {@code vigil worker}'s time stays with it.
 */
public final class AnalyzerTimes implements AnalyzerTiming {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  @Override
  public void spent(String analyzerId, long time) {
    nanos.computeIfAbsent(analyzerId, id -> new LongAdder()).add(time);
  }

  /** Returns the seconds spent so far by each analyzer, by id. */
  public Map<String, Double> seconds() {
    Map<String, Double> seconds = new TreeMap<>();
    nanos.forEach((id, total) -> seconds.put(id, total.sum() / 1e9));
    return seconds;
  }
}
