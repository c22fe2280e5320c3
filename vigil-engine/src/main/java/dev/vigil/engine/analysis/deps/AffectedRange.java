package dev.vigil.engine.analysis.deps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An OSV {@code SEMVER} or {@code ECOSYSTEM} range: events evaluated in version order, as the OSV
 * specification's algorithm does. {@code GIT} ranges name commits, not versions, and are not kept.
 */
public record AffectedRange(List<RangeEvent> events) {
  public AffectedRange {
    events = List.copyOf(events);
  }

  /** Returns true if {@code version} is inside the range; false if any version does not parse. */
  boolean contains(String version, VersionScheme scheme) {
    try {
      boolean affected = false;
      for (RangeEvent event : sorted(scheme)) {
        switch (event.kind()) {
          case INTRODUCED -> {
            if (event.isOrigin() || scheme.compare(version, event.version()) >= 0) affected = true;
          }
          case FIXED -> {
            if (scheme.compare(version, event.version()) >= 0) affected = false;
          }
          case LAST_AFFECTED -> {
            if (scheme.compare(version, event.version()) > 0) affected = false;
          }
        }
      }
      return affected;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns the versions of the range's {@code fixed} events. */
  List<String> fixedVersions() {
    return events.stream().filter(e -> e.kind() == RangeEvent.Kind.FIXED)
        .map(RangeEvent::version).toList();
  }

  /** Returns the range in words, e.g. {@code >= 1.0, < 1.2.5; >= 2.0, < 2.0.3}. */
  String describe(VersionScheme scheme) {
    List<String> words = new ArrayList<>();
    for (Segment segment : segments(scheme)) {
      String start = segment.start() == null ? "" : ">= " + segment.start();
      String end = segment.end() == null ? ""
          : (segment.endInclusive() ? "<= " : "< ") + segment.end();
      words.add(start.isEmpty() && end.isEmpty() ? "every version"
          : start.isEmpty() || end.isEmpty() ? start + end : start + ", " + end);
    }
    return String.join("; ", words);
  }

  /**
   * Returns the affected stretches of versions, in version order (event order when a version
   * does not parse).
   */
  List<Segment> segments(VersionScheme scheme) {
    List<RangeEvent> ordered;
    try {
      ordered = sorted(scheme);
    } catch (IllegalArgumentException e) {
      ordered = events;
    }
    List<Segment> segments = new ArrayList<>();
    boolean open = false;
    String start = null;
    for (RangeEvent event : ordered) {
      switch (event.kind()) {
        case INTRODUCED -> {
          open = true;
          start = event.isOrigin() ? null : event.version();
        }
        case FIXED, LAST_AFFECTED -> {
          segments.add(new Segment(open ? start : null, event.version(),
              event.kind() == RangeEvent.Kind.LAST_AFFECTED));
          open = false;
          start = null;
        }
      }
    }
    if (open) segments.add(new Segment(start, null, false));
    return segments;
  }

  /**
   * Affected versions from {@code start} (inclusive; null: the first version) to {@code end}
   * (null: no end), which is affected when {@code endInclusive} (a {@code last_affected} event).
   */
  record Segment(String start, String end, boolean endInclusive) {}

  private List<RangeEvent> sorted(VersionScheme scheme) {
    List<RangeEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.<RangeEvent, Boolean>comparing(e -> !e.isOrigin())
        .thenComparing((a, b) -> a.isOrigin() || b.isOrigin() ? 0 : scheme.compare(a.version(), b.version())));
    return ordered;
  }
}
