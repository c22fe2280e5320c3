package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code permissions: write-all} anywhere, and, in workflows triggered by untrusted input,
 * jobs that run with the repository's default token permissions because neither the workflow nor
 * the job declares {@code permissions:}.
 */
final class ExcessivePermissionsCheck implements WorkflowCheck {
  private static final String WRITE_ALL = "write-all";

  @Override
  public List<Hit> check(Workflow workflow, CiRule rule) {
    List<Hit> hits = new ArrayList<>();
    YamlNode top = workflow.permissions();
    if (top != null && WRITE_ALL.equals(top.text())) {
      hits.add(Hit.of(top.line(), "The workflow grants its token permissions: write-all.",
          "workflow|" + WRITE_ALL, List.of(new Hit.Clue(top.line(), "every scope is writable"))));
    }
    String trigger = workflow.firstTrigger(rule.triggers());
    for (Job job : workflow.jobs()) {
      YamlNode permissions = job.permissions();
      if (permissions != null && WRITE_ALL.equals(permissions.text())) {
        hits.add(Hit.of(permissions.line(), "Job '" + job.id()
                + "' grants its token permissions: write-all.", job.id() + "|" + WRITE_ALL,
            List.of(new Hit.Clue(permissions.line(), "every scope is writable"))));
      } else if (permissions == null && top == null && trigger != null) {
        hits.add(Hit.of(job.keyLine(), "Job '" + job.id() + "' of a " + trigger
                + " workflow declares no permissions, so its token gets the repository default.",
            job.id() + "|missing",
            List.of(new Hit.Clue(workflow.triggerLine(), "the workflow runs on " + trigger),
                new Hit.Clue(job.keyLine(), "neither the workflow nor the job sets permissions:"))));
      }
    }
    return hits;
  }
}
