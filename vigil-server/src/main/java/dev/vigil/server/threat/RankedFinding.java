package dev.vigil.server.threat;

import dev.vigil.engine.threatmodel.Ranking;
import dev.vigil.server.store.FindingRecord;

/** A finding with its rank under the repository's threat model and the impact reasoning. */
public record RankedFinding(FindingRecord finding, Ranking ranking, String impact) {
  /** Returns the one-line reason for the rank. */
  public String reason() {
    return ranking.outOfScope()
        ? "out of scope: " + ranking.outOfScopeReason()
        : String.join("; ", ranking.reasons());
  }
}
