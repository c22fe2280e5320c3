package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Location;
import java.util.List;

/**
 * Tells which entry point of a model reaches one place in the code, and through which methods.
 * The shortest chains from each entry point are computed once, so one instance serves all
 * findings of a repository.
 */
public final class Reachability {
  private final ModelLookup lookup;

  /** Creates the reachability of {@code model}'s entry points over {@code graph}. */
  public Reachability(ThreatModel model, CallGraph graph) {
    this.lookup = new ModelLookup(model, graph);
  }

  /** Returns how entry points reach the method holding {@code location}. */
  public Reach of(Location location) {
    return lookup.reach(List.of(location));
  }
}
