package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * One job of a workflow.
 *
 * @param id the job's key under {@code jobs:}
 * @param keyLine the line of that key
 * @param node the job's mapping
 */
record Job(String id, int keyLine, YamlNode node) {
  /** Returns the job's steps in order; a reusable-workflow call has none. */
  List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    if (node.get("steps") instanceof YamlNode.Sequence sequence) {
      for (YamlNode item : sequence.items()) {
        if (item instanceof YamlNode.Mapping) steps.add(new Step(steps.size(), item));
      }
    }
    return steps;
  }

  /** Returns the job's {@code permissions:} value, or null if it has none. */
  YamlNode permissions() {
    return node.get("permissions");
  }
}
