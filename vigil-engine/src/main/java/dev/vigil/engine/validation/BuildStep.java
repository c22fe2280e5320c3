package dev.vigil.engine.validation;

import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.PhaseResult;

/**
 * The {@code build} step: the environment's setup and build at the head commit, run once in the
 * sandbox and shared by every finding validated there. A failed build decides nothing about the
 * finding but keeps the harness from running, so the verdict says so.
 */
public final class BuildStep implements Validator {
  /** How much of the build's output each record keeps (the tail). */
  public static final int KEPT_OUTPUT = 8 * 1024;
  private final CommitBuild build;

  /** Creates the step over the shared build. */
  public BuildStep(CommitBuild build) {
    this.build = build;
  }

  @Override
  public String name() {
    return SandboxStep.BUILD;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    CommitBuild.Outcome outcome = build.at(head.commit());
    String command = build.run().environment().command(Phase.BUILD);
    if (outcome.tree().isEmpty()) {
      return new Proof(new ValidationStep(name(), ValidationStep.Status.FAILED, command, outcome.problem(), 0),
          Verdict.COULD_NOT_VALIDATE, outcome.problem());
    }
    StringBuilder output = new StringBuilder();
    long millis = 0;
    for (PhaseResult phase : outcome.phases()) {
      millis += phase.durationMillis();
      output.append(phase.phase().label()).append(": ").append(phase.statusLabel())
          .append(phase.exitCode() == null ? "" : " (exit " + phase.exitCode() + ")")
          .append(phase.limitHit() == null ? "" : " (killed at its " + phase.limitHit() + " limit)")
          .append(" in ").append(phase.durationMillis()).append(" ms\n");
    }
    outcome.phases().stream().filter(p -> p.status() != PhaseResult.Status.SKIPPED).reduce((a, b) -> b)
        .ifPresent(last -> output.append("--- ").append(last.phase().label()).append(" output (tail) ---\n")
            .append(tail(last.output())));
    if (outcome.built()) {
      return Proof.neutral(new ValidationStep(name(), ValidationStep.Status.PASSED, command, output.toString(), millis));
    }
    String why = outcome.failed().map(p -> "the environment's " + p.phase().label() + " step failed at "
        + head.shortCommit() + ", so the code could not run").orElse("the environment has no build command");
    return new Proof(new ValidationStep(name(), outcome.failed().isPresent() ? ValidationStep.Status.FAILED
        : ValidationStep.Status.NOT_APPLICABLE, command, output.toString(), millis), Verdict.COULD_NOT_VALIDATE, why);
  }

  /** Returns the tail of {@code text} a record keeps: its last {@link #KEPT_OUTPUT} characters. */
  public static String tail(String text) {
    return text.length() <= KEPT_OUTPUT ? text : "..." + text.substring(text.length() - KEPT_OUTPUT);
  }
}
