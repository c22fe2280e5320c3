package dev.vigil.engine.analysis.deps;

import java.util.Objects;

/**
 * One event of an OSV range: the version where vulnerability was introduced, fixed, or last seen.
 *
 * @param kind what happens at the version
 * @param version the version; {@code 0} for "introduced" means "from the first version"
 */
public record RangeEvent(Kind kind, String version) {
  public RangeEvent {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(version, "version == null");
  }

  /** What an event marks. */
  public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED }

  /** Returns true for {@code introduced: "0"}, which precedes every version. */
  boolean isOrigin() {
    return kind == Kind.INTRODUCED && version.equals("0");
  }
}
