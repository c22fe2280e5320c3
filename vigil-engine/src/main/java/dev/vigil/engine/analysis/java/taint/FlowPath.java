package dev.vigil.engine.analysis.java.taint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable sequence of flow steps, shared by the taints that grew from it: appending a step
 * is constant time. Paths stop growing at {@link #MAX_STEPS} propagation steps so a loop cannot
 * make them long; calls, returns and sinks are always kept.
 */
record FlowPath(FlowPath previous, FlowStep last, int size) {
  static final int MAX_STEPS = 40;

  /** Returns the path of one step. */
  static FlowPath of(FlowStep step) {
    return new FlowPath(null, step, 1);
  }

  /** Returns this path with a step added at the end; {@code path} may be null (empty). */
  static FlowPath append(FlowPath path, FlowStep step) {
    if (path == null) return of(step);
    if (path.last.equals(step)) return path;
    if (path.size >= MAX_STEPS && step.kind() == FlowStep.Kind.PROPAGATION) return path;
    return new FlowPath(path, step, path.size + 1);
  }

  /** Returns {@code head} followed by every step of {@code tail}; either may be null. */
  static FlowPath concat(FlowPath head, FlowPath tail) {
    FlowPath result = head;
    for (FlowStep step : steps(tail)) result = append(result, step);
    return result;
  }

  /** Returns the steps of a path, first to last; an empty list for null. */
  static List<FlowStep> steps(FlowPath path) {
    List<FlowStep> steps = new ArrayList<>();
    for (FlowPath p = path; p != null; p = p.previous) steps.add(p.last);
    Collections.reverse(steps);
    return steps;
  }

  /** Returns the first step of a path, or null for an empty one. */
  static FlowStep first(FlowPath path) {
    FlowPath p = path;
    if (p == null) return null;
    while (p.previous != null) p = p.previous;
    return p.last;
  }
}
