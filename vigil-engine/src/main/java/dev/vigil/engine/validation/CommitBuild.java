package dev.vigil.engine.validation;

import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.PhaseResult;
import dev.vigil.engine.validation.sandbox.SandboxException;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The environment's build of one commit, shared by every finding validated there: on first use it
 * checks the commit out into a throwaway work tree and runs setup (network, secrets) then build
 * (neither) in the sandbox; the tree stays until {@link #close} so the harness can run on the
 * build's output. A build of another commit replaces it.
 */
public final class CommitBuild implements AutoCloseable {
  private final EnvironmentRun run;
  private final Path gitDir;
  private final Path workRoot;
  private Outcome outcome;

  /** How the build of a commit ended: its tree (absent if the checkout failed) and its phases. */
  public record Outcome(String commit, Optional<WorkTree> tree, List<PhaseResult> phases, String problem) {
    /** Returns true if the tree is checked out and the build passed. */
    public boolean built() {
      return tree.isPresent() && phases.stream().anyMatch(p -> p.phase() == Phase.BUILD
          && p.status() == PhaseResult.Status.PASSED);
    }

    /** Returns the phase that failed, if any. */
    public Optional<PhaseResult> failed() {
      return phases.stream().filter(p -> p.status() == PhaseResult.Status.FAILED).findFirst();
    }
  }

  /** Creates the build of {@code run}'s environment for the repository at {@code gitDir}, trees under {@code workRoot}. */
  public CommitBuild(EnvironmentRun run, Path gitDir, Path workRoot) {
    this.run = run;
    this.gitDir = gitDir;
    this.workRoot = workRoot;
  }

  /** Returns the environment run this build uses (the harness runs with the same policies). */
  public EnvironmentRun run() {
    return run;
  }

  /** Builds {@code commit} unless it was built already, and returns how it ended. */
  public synchronized Outcome at(String commit) {
    if (outcome != null && outcome.commit().equals(commit)) return outcome;
    close();
    WorkTree tree;
    try {
      tree = WorkTree.checkout(gitDir, commit, workRoot);
    } catch (SandboxException e) {
      outcome = new Outcome(commit, Optional.empty(), List.of(), "cannot check out " + commit + ": " + e.getMessage());
      return outcome;
    }
    List<PhaseResult> phases = run.run(List.of(Phase.SETUP, Phase.BUILD), tree, sofar -> { });
    outcome = new Outcome(commit, Optional.of(tree), phases, "");
    return outcome;
  }

  /** Removes the work tree of the last build. */
  @Override
  public synchronized void close() {
    if (outcome != null) outcome.tree().ifPresent(WorkTree::close);
    outcome = null;
  }
}
