package dev.vigil.engine.threatmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A finding's criticality under a model: a score from 0 to 100, the reasons that make it up (one
 * per term of the formula, with its points), and whether its path is out of scope, with why. An
 * out-of-scope finding keeps its score but is never recommended.
 */
public record Ranking(int score, List<String> reasons, boolean outOfScope, String outOfScopeReason) {
  /** Orders rankings from the most to the least critical. */
  public static final Comparator<Ranking> MOST_CRITICAL_FIRST =
      Comparator.comparingInt(Ranking::score).reversed();

  public Ranking {
    if (score < 0 || score > 100) throw new IllegalArgumentException("score not in 0..100: " + score);
    reasons = List.copyOf(reasons);
    outOfScopeReason = outOfScopeReason == null ? "" : outOfScopeReason;
  }

  /** Returns true if the finding may appear in the recommended list. */
  public boolean recommended() {
    return !outOfScope;
  }
}
