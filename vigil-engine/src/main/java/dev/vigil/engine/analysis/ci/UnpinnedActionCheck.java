package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds actions and reusable workflows referenced by a tag or branch instead of a full commit sha
 * (and Docker images without a digest). Whoever controls the action's repository can move the tag
 * to new code that then runs with the job's secrets. Local actions are skipped. The severity
 * follows who could move the reference: an action of the rule's trusted owners (GitHub, whose code
 * runs the job anyway) at a release tag is not reported, and at a branch is low; another owner's
 * action at a release tag is low, at a branch or any other ref the rule's severity.
 */
final class UnpinnedActionCheck implements WorkflowCheck {
  @Override
  public List<Hit> check(Workflow workflow, CiRule rule) {
    List<Hit> hits = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      YamlNode reusable = job.node().get("uses");
      if (reusable != null && reusable.text() != null) {
        add(hits, rule, reusable, "Job '" + job.id() + "' calls");
      }
      for (Step step : job.steps()) {
        YamlNode uses = step.node().get("uses");
        if (uses != null && uses.text() != null) {
          add(hits, rule, uses, "Step " + step.label() + " of job '" + job.id() + "' uses");
        }
      }
    }
    return hits;
  }

  private static void add(List<Hit> hits, CiRule rule, YamlNode uses, String who) {
    ActionReference reference = ActionReference.parse(uses.text());
    if (reference.pinned()) return;
    boolean trusted = rule.trustedOwners().contains(reference.owner());
    if (trusted && reference.atReleaseTag()) return;
    Severity severity = trusted || reference.atReleaseTag() ? Severity.LOW : null;
    hits.add(new Hit(uses.line(), who + " " + reference.value()
            + ", which is not pinned to a full commit sha" + (trusted ? " (GitHub-owned)" : "") + ".",
        reference.value(), severity,
        List.of(new Hit.Clue(uses.line(), reference.value() + " can change without a commit here"))));
  }
}
