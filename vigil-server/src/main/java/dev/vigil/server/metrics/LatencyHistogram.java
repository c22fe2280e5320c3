package dev.vigil.server.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * HTTP request durations of this process, per method and route template, in Prometheus's
 * cumulative buckets (seconds). Thread-safe without locks.
 */
public final class LatencyHistogram {
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  /** The observations of one method and route. */
  static final class Series {
    final LongAdder[] buckets = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final AtomicLong sumNanos = new AtomicLong();

    Series() {
      for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      for (int i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) buckets[i].increment();
      count.increment();
      sumNanos.addAndGet(nanos);
    }
  }

  private final Map<String, Series> series = new ConcurrentHashMap<>();

  /** Records that a request to {@code route} with {@code method} took {@code nanos}. */
  public void observe(String method, String route, long nanos) {
    series.computeIfAbsent(method + " " + route, key -> new Series()).observe(nanos);
  }

  /** Returns the series by "METHOD route". */
  Map<String, Series> series() {
    return series;
  }
}
