package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a model version needs review: compares what inference found at the commit the version
 * describes with what it finds at a newer commit. New entry points, a new repository type and new
 * kinds of trust boundary are architecture changes that need review; removed entry points, moved
 * lines and other changes do not.
 *
 * @param needsReview true if there is at least one change
 * @param changes one line per change, e.g. {@code new entry point webhook POST /hooks (A.java:9)}
 */
public record Staleness(boolean needsReview, List<String> changes) {
  public Staleness {
    changes = List.copyOf(changes);
  }

  /**
   * Returns the staleness of a version whose commit inferred {@code described}, given
   * {@code current} inferred at a newer commit.
   */
  public static Staleness check(ThreatModel described, ThreatModel current) {
    ThreatModelDiff diff = ThreatModelDiff.between(described, current);
    List<String> changes = new ArrayList<>();
    if (diff.typeChanged()) {
      changes.add("repository type changed: " + diff.oldType().label() + " -> " + diff.newType().label());
    }
    diff.addedEntryPoints().forEach(e -> changes.add("new entry point " + e.kind().label() + " "
        + e.name() + " (" + e.where() + ")"));
    List<BoundaryKind> known = described.boundaries().stream().map(TrustBoundary::kind).toList();
    current.boundaries().stream().map(TrustBoundary::kind).distinct().filter(k -> !known.contains(k))
        .forEach(k -> changes.add("new trust boundary " + k.describe()));
    return new Staleness(!changes.isEmpty(), changes);
  }
}
