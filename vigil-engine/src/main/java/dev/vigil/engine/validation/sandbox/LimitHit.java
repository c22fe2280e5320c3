package dev.vigil.engine.validation.sandbox;

import java.util.Locale;

/** The limit a sandboxed process went over, for which it was killed. */
public enum LimitHit {
  /** The wall time ran out. */
  TIME,
  /** The memory limit was reached and the kernel's out-of-memory killer stepped in. */
  MEMORY,
  /** The process count reached its limit (a fork failed). */
  PROCESSES,
  /** The command printed more than the output limit. */
  OUTPUT;

  /** Returns the lower-case name used in records, e.g. {@code "memory"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
