package dev.vigil.engine.validation.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an environment's phases on a work tree in the sandbox, in order, each with its own policy:
 * setup with network, secrets and a writable cache; later phases without them. A phase after a
 * failed one is skipped, and so is a phase without a command. The health check and the validation
 * build share this, so both run an environment the same way.
 */
public final class EnvironmentRun {
  private final Sandbox sandbox;
  private final Environment environment;
  private final Limits limits;
  private final List<Path> hidden;

  /** Creates a run of {@code environment} under {@code limits}, never showing the {@code hidden} paths. */
  public EnvironmentRun(Sandbox sandbox, Environment environment, Limits limits, List<Path> hidden) {
    this.sandbox = sandbox;
    this.environment = environment;
    this.limits = limits;
    this.hidden = List.copyOf(hidden);
  }

  /** Runs {@code phases} on {@code tree}, reporting the results so far after each one, and returns them. */
  public List<PhaseResult> run(List<Phase> phases, WorkTree tree, Consumer<List<PhaseResult>> progress) {
    List<PhaseResult> results = new ArrayList<>();
    String failed = null;
    for (Phase phase : phases) {
      String command = environment.command(phase);
      PhaseResult result;
      if (failed != null) {
        result = PhaseResult.skipped(phase, "not run: the " + failed + " step failed");
      } else if (command == null) {
        result = PhaseResult.skipped(phase, "not configured");
      } else {
        result = run(phase, command, tree);
        if (result.status() == PhaseResult.Status.FAILED) failed = phase.label();
      }
      results.add(result);
      progress.accept(List.copyOf(results));
    }
    return results;
  }

  /**
   * Returns the policy of {@code phase} on {@code tree}: the environment's cache and secrets (for
   * masking; variables in setup only), the limits, the hidden paths.
   */
  public SandboxPolicy policy(Phase phase, WorkTree tree) {
    SandboxPolicy policy = SandboxPolicy.of(phase, tree).withCache(environment.cache()).withLimits(limits)
        .withSecrets(environment.secrets());
    for (Path path : hidden) policy = policy.withHidden(path);
    return policy;
  }

  /**
   * Runs {@code command} on {@code tree} under the policy of {@code phase}, with {@code readOnly}
   * host folders shown and at most {@code wallTime}; throws {@link SandboxException} if it cannot start.
   */
  public SandboxResult execute(Phase phase, WorkTree tree, SandboxCommand command, List<Path> readOnly,
      Duration wallTime) {
    SandboxPolicy policy = policy(phase, tree);
    for (Path folder : readOnly) policy = policy.withReadOnly(folder);
    Duration time = wallTime.compareTo(limits.wallTime()) < 0 ? wallTime : limits.wallTime();
    return sandbox.run(policy.withLimits(limits.withWallTime(time)), command);
  }

  /** Returns the environment this run runs. */
  public Environment environment() {
    return environment;
  }

  private PhaseResult run(Phase phase, String command, WorkTree tree) {
    try {
      SandboxResult result = sandbox.run(policy(phase, tree), SandboxCommand.shell(command));
      return new PhaseResult(phase, result.passed() ? PhaseResult.Status.PASSED : PhaseResult.Status.FAILED,
          command, result.exitCode(), result.duration().toMillis(),
          result.limitHit().map(LimitHit::label).orElse(null), result.output());
    } catch (SandboxException e) {
      return new PhaseResult(phase, PhaseResult.Status.FAILED, command, null, 0, null,
          "the sandbox could not start, so nothing ran: " + e.getMessage());
    }
  }
}
