package dev.vigil.engine.analysis;

import java.util.Locale;

/** How much damage a finding allows if exploited, from worst to least. */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW, INFO;

  /** Returns true if this severity is at least as bad as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** Returns the lower-case name used in files, JSON and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code high}; throws with the accepted values on anything else. */
  public static Severity parse(String label) {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + label + "': expected one of critical, high, medium, low, info");
  }
}
