package dev.vigil.server.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as stored: UTC instants truncated to microseconds, which both databases keep exactly. */
public final class Clock {
  private Clock() {}

  /** Returns now, truncated to what the database keeps. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
