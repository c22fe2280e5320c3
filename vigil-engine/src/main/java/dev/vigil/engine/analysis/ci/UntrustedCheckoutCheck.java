package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds privileged workflows ({@code pull_request_target}, {@code workflow_run},
 * {@code issue_comment}...) that check out the pull request's code and then run something that
 * can execute it: a script, or an action not listed as inert. Such a workflow runs the
 * attacker's build scripts with the base repository's secrets and write token.
 */
final class UntrustedCheckoutCheck implements WorkflowCheck {
  @Override
  public List<Hit> check(Workflow workflow, CiRule rule) {
    String trigger = workflow.firstTrigger(rule.triggers());
    if (trigger == null) return List.of();
    List<Hit> hits = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      List<Step> steps = job.steps();
      int checkout = PullRequestCheckout.firstIn(job);
      if (checkout < 0) continue;
      Step checkoutStep = steps.get(checkout);
      Step runner = steps.subList(checkout + 1, steps.size()).stream()
          .filter(rule::executes).findFirst().orElse(null);
      if (runner == null) continue;
      int line = PullRequestCheckout.line(checkoutStep);
      hits.add(Hit.of(line, "Job '" + job.id() + "' of a " + trigger
              + " workflow checks out the pull request's code in step " + checkoutStep.label()
              + " and runs step " + runner.label() + " on it.",
          job.id() + "|" + checkoutStep.label(),
          List.of(new Hit.Clue(workflow.triggerLine(), "the workflow runs on " + trigger
                  + ", with the base repository's secrets and a write token"),
              new Hit.Clue(line, "the pull request's code is checked out"),
              new Hit.Clue(runner.line(), "step " + runner.label() + " can execute it"))));
    }
    return hits;
  }
}
