package dev.vigil.engine.analysis.ci;

import java.util.List;

/** The logic of one CI rule: what it finds in a workflow, given the rule's data. */
interface WorkflowCheck {
  /** Returns the hits of {@code rule} in {@code workflow}. */
  List<Hit> check(Workflow workflow, CiRule rule);
}
