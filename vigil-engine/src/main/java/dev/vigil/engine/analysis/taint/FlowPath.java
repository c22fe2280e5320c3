package dev.vigil.engine.analysis.taint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable sequence of flow steps shared by the taints that grew from it: appending is
 * constant time. Propagation steps stop being added past {@link #MAX_STEPS}.
 */
record FlowPath(FlowPath previous, FlowStep last, int size) {
  static final int MAX_STEPS = 40;

  /** Returns {@code path} with a step added; {@code path} may be null (empty). */
  static FlowPath append(FlowPath path, FlowStep step) {
    if (path == null) return new FlowPath(null, step, 1);
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

  /** Returns the steps first to last; empty for null. */
  static List<FlowStep> steps(FlowPath path) {
    List<FlowStep> steps = new ArrayList<>();
    for (FlowPath p = path; p != null; p = p.previous) steps.add(p.last);
    Collections.reverse(steps);
    return steps;
  }
}
