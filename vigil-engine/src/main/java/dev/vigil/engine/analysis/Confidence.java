package dev.vigil.engine.analysis;

import java.util.Locale;

/** How sure an analyzer is that a finding is real. */
public enum Confidence {
  HIGH, MEDIUM, LOW;

  /** Returns the lower-case name used in files and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code medium}; throws with the accepted values on anything else. */
  public static Confidence parse(String label) {
    for (Confidence confidence : values()) {
      if (confidence.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
        return confidence;
      }
    }
    throw new IllegalArgumentException(
        "unknown confidence '" + label + "': expected one of high, medium, low");
  }
}
