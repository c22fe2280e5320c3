package dev.vigil.engine.analysis.ci;

import java.util.List;

/**
 * Recognises a step that fetches the pull request's own code into a workflow: an
 * {@code actions/checkout} whose {@code ref:} or {@code repository:} names the pull request head
 * or merge ref, or a script that runs {@code gh pr checkout} or fetches {@code refs/pull/}.
 */
final class PullRequestCheckout {
  private static final List<String> HEAD_REFS = List.of(
      "github.event.pull_request.head.sha", "github.event.pull_request.head.ref",
      "github.event.pull_request.merge_commit_sha", "github.head_ref",
      "github.event.workflow_run.head_sha", "github.event.workflow_run.head_branch",
      "github.event.workflow_run.head_commit.id", "refs/pull/");
  private static final List<String> HEAD_REPOSITORIES = List.of(
      "github.event.pull_request.head.repo.full_name",
      "github.event.workflow_run.head_repository.full_name");

  private PullRequestCheckout() {}

  /** Returns the line that checks out pull request code in {@code step}, or 0 if it does not. */
  static int line(Step step) {
    if (step.usesAction("actions/checkout")) {
      if (mentions(step.with("ref"), HEAD_REFS)) return step.withLine("ref");
      if (mentions(step.with("repository"), HEAD_REPOSITORIES)) return step.withLine("repository");
      return 0;
    }
    String run = step.run();
    if (run != null && (run.contains("gh pr checkout") || mentions(run, HEAD_REFS)
        && (run.contains("git fetch") || run.contains("git checkout")))) {
      return step.node().get("run").line();
    }
    return 0;
  }

  /** Returns the index of the first step of {@code job} that checks out pull request code, or -1. */
  static int firstIn(Job job) {
    for (Step step : job.steps()) {
      if (line(step) > 0) return step.index();
    }
    return -1;
  }

  private static boolean mentions(String text, List<String> markers) {
    if (text == null) return false;
    String compact = text.replaceAll("\\s+", "");
    return markers.stream().anyMatch(compact::contains);
  }
}
