package dev.vigil.engine.git;

import java.time.Duration;

/**
 * A snapshot of a running pass: commits done of the total, blobs analysed, cache hits, and the rate
 * and estimated time left derived from them.
 */
public record ScanProgress(
    int commitsDone, int commitsTotal, long blobsAnalysed, long cacheHits, Duration elapsed) {

  /** Returns commits processed per second so far, or 0 before anything was timed. */
  public double commitsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : commitsDone / seconds;
  }

  /** Returns the estimated time until the pass ends, or null while the rate is unknown. */
  public Duration eta() {
    double rate = commitsPerSecond();
    if (rate <= 0) return null;
    return Duration.ofMillis((long) ((commitsTotal - commitsDone) / rate * 1000));
  }

  /** Returns the fraction done, from 0 to 1. */
  public double fraction() {
    return commitsTotal == 0 ? 1 : (double) commitsDone / commitsTotal;
  }
}
