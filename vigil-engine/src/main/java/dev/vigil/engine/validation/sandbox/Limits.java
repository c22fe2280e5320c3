package dev.vigil.engine.validation.sandbox;

import java.time.Duration;

/**
 * What one sandboxed command may use: wall time, memory (bytes, the whole process tree including
 * its tmpfs files), processes (the whole tree), output printed before it is killed, and how much
 * of the output's tail is kept in the result.
 */
public record Limits(Duration wallTime, long memoryBytes, int processes, long outputBytes,
    int recordedBytes) {
  /** The most output a result keeps: the tail, 64 KiB. */
  public static final int RECORDED_BYTES = 64 * 1024;

  public Limits {
    if (wallTime == null || wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("wallTime must be positive");
    }
    if (memoryBytes < 16L << 20) throw new IllegalArgumentException("memoryBytes must be at least 16 MiB");
    if (processes < 1) throw new IllegalArgumentException("processes must be at least 1");
    if (outputBytes < 1) throw new IllegalArgumentException("outputBytes must be positive");
    if (recordedBytes < 1 || recordedBytes > outputBytes) {
      throw new IllegalArgumentException("recordedBytes must be from 1 to outputBytes");
    }
  }

  /** Returns the defaults: 10 minutes, 2 GiB, 1024 processes (threads count), 16 MiB of output, 64 KiB kept. */
  public static Limits defaults() {
    return new Limits(Duration.ofMinutes(10), 2L << 30, 1024, 16L << 20, RECORDED_BYTES);
  }

  /** Returns these limits with another wall time. */
  public Limits withWallTime(Duration value) {
    return new Limits(value, memoryBytes, processes, outputBytes, recordedBytes);
  }

  /** Returns these limits with another memory limit in bytes. */
  public Limits withMemoryBytes(long value) {
    return new Limits(wallTime, value, processes, outputBytes, recordedBytes);
  }

  /** Returns these limits with another process limit. */
  public Limits withProcesses(int value) {
    return new Limits(wallTime, memoryBytes, value, outputBytes, recordedBytes);
  }

  /** Returns these limits with another output limit in bytes. */
  public Limits withOutputBytes(long value) {
    return new Limits(wallTime, memoryBytes, processes, value, (int) Math.min(recordedBytes, value));
  }
}
