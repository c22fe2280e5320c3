package dev.vigil.server.jobs;

import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.PhaseResult;
import dev.vigil.engine.validation.sandbox.WorkTree;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.HealthStep;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an environment's health check: a throwaway work tree of its branch's head, then setup
 * (network and secrets), build and test (neither) in the sandbox, each step stored as it ends. A
 * step after a failed one is skipped; a step without a command is skipped. The check passes when
 * at least one step ran and none failed. Nothing runs outside the sandbox: when it cannot start,
 * the step fails with the reason.
 */
public final class HealthCheckRunner {
  private static final Logger log = LoggerFactory.getLogger(HealthCheckRunner.class);
  private final HealthCheckStore checks;
  private final EnvironmentStore environments;
  private final RepositoryStore repositories;
  private final RepositoryMirrors mirrors;
  private final Sandbox sandbox;
  private final SandboxSettings settings;

  public HealthCheckRunner(HealthCheckStore checks, EnvironmentStore environments, RepositoryStore repositories,
      RepositoryMirrors mirrors, Sandbox sandbox, SandboxSettings settings) {
    this.checks = checks;
    this.environments = environments;
    this.repositories = repositories;
    this.mirrors = mirrors;
    this.sandbox = sandbox;
    this.settings = settings;
  }

  /** Runs check {@code id} from its start (a revived check starts over) and stores how it ended. */
  public void run(long id) {
    HealthCheckRecord check = checks.find(id).orElse(null);
    if (check == null) return;
    EnvironmentRecord environment = environments.find(check.environmentId()).orElse(null);
    if (environment == null) {
      checks.finish(id, HealthCheckRecord.FAILED, "the environment was deleted");
      return;
    }
    try {
      RepositoryRecord repository = repositories.find(environment.repositoryId()).orElseThrow();
      String branch = environment.defaultBranch() != null ? environment.defaultBranch()
          : repository.defaultBranch() != null ? repository.defaultBranch() : "HEAD";
      try (Repository git = mirrors.open(repository, repositories.credential(repository.id()))) {
        String commit = ScanRunner.resolve(git, branch).name();
        checks.start(id, commit);
        try (WorkTree tree = WorkTree.checkout(git.getDirectory().toPath(), commit, settings.workRoot())) {
          List<HealthStep> steps = steps(id, environment, tree);
          boolean ran = steps.stream().anyMatch(s -> !HealthStep.SKIPPED.equals(s.status()));
          boolean failed = steps.stream().anyMatch(s -> HealthStep.FAILED.equals(s.status()));
          checks.finish(id, ran && !failed ? HealthCheckRecord.PASSED : HealthCheckRecord.FAILED,
              ran ? null : "the environment has no setup script, build command or test command");
        }
      }
    } catch (RuntimeException e) {
      log.warn("health check {} of environment {} failed: {}", id, environment.id(), e.getMessage());
      checks.finish(id, HealthCheckRecord.FAILED, e.getMessage());
    }
  }

  /** Marks a check failed with the error a job could not handle. */
  public void failed(long id, Throwable cause) {
    checks.finish(id, HealthCheckRecord.FAILED, cause == null ? "unknown error" : cause.toString());
  }

  private List<HealthStep> steps(long id, EnvironmentRecord environment, WorkTree tree) {
    List<PhaseResult> results = settings.run(sandbox, environment, environments.secrets(environment.id()))
        .run(List.of(Phase.SETUP, Phase.BUILD, Phase.TEST), tree, sofar -> checks.steps(id, steps(sofar)));
    return steps(results);
  }

  private static List<HealthStep> steps(List<PhaseResult> results) {
    return results.stream().map(r -> new HealthStep(r.phase().label(), r.statusLabel(), r.exitCode(),
        r.durationMillis(), r.limitHit(), r.output())).toList();
  }
}
