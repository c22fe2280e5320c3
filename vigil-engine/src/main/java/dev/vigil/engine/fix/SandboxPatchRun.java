package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.validation.BuildStep;
import dev.vigil.engine.validation.Proof;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.Verdict;
import dev.vigil.engine.validation.harness.MarkerHarness;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.PhaseResult;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox part of validating a patch, on the throwaway work tree: before the patch, the
 * environment's setup (network, secrets) and build, and the marker harness where it applies; after
 * it, the build and the environment's tests (offline, no secrets), and the harness again, which must
 * no longer see the marker reach the sink where it did before.
 */
public final class SandboxPatchRun {
  /** The step of the patched tree's build. */
  public static final String BUILD = "build";
  /** The step of the environment's tests on the patched tree. */
  public static final String TESTS = "tests";
  /** The step of the generated security regression test, run before and after the patch. */
  public static final String REGRESSION_TEST = "regression-test";
  /** The step of the marker harness on the patched tree. */
  public static final String MARKER_BLOCKED = "marker-blocked";
  private static final java.util.regex.Pattern BUILD_FILES = java.util.regex.Pattern.compile(
      "(^|/)(pom\\.xml|build\\.gradle(\\.kts)?|settings\\.gradle(\\.kts)?|gradle\\.properties|libs\\.versions\\.toml)$");
  private final EnvironmentRun run;
  private final Optional<MarkerHarness> harness;

  /** Creates the checks of {@code run}'s environment, with the marker harness where one is given. */
  public SandboxPatchRun(EnvironmentRun run, Optional<MarkerHarness> harness) {
    this.run = run;
    this.harness = harness;
  }

  /**
   * What the unpatched tree showed: whether setup ran, the harness's proof on it, the regression test
   * (already in the tree, or why there is none) and the test phase that ran it.
   */
  public record Before(boolean setUp, Optional<Proof> reproduced, RegressionTests.Outcome test,
      Optional<PhaseResult> testRun) {
    /** Returns what a tree that was not run before the patch shows: nothing. */
    public static Before nothing() {
      return new Before(false, Optional.empty(), new RegressionTests.Declined("the tree was not run before the patch"),
          Optional.empty());
    }
  }

  /**
   * Runs the unpatched {@code tree} where something needs it: setup and build, then the harness when
   * there is one, and the tests when {@code test} (a regression test already written into the tree)
   * must be seen failing.
   */
  public Before before(WorkTree tree, Finding finding, RegressionTests.Outcome test) {
    boolean written = test instanceof RegressionTests.RegressionTest;
    if (harness.isEmpty() && !written) return new Before(false, Optional.empty(), test, Optional.empty());
    List<Phase> wanted = written ? List.of(Phase.SETUP, Phase.BUILD, Phase.TEST) : List.of(Phase.SETUP, Phase.BUILD);
    List<PhaseResult> phases = run.run(wanted, tree, sofar -> { });
    boolean built = phases.get(0).status() != PhaseResult.Status.FAILED && phases.get(1).status() == PhaseResult.Status.PASSED;
    Optional<Proof> reproduced = built ? harness.map(h -> h.reproduce(finding, tree, run)) : Optional.empty();
    return new Before(phases.get(0).status() == PhaseResult.Status.PASSED, reproduced, test,
        written && built ? Optional.of(phases.get(2)) : Optional.empty());
  }

  /**
   * Returns the steps of the patched {@code tree}: build, tests, and the harness where it reproduced
   * before; setup runs (again) unless it ran before and {@code patch} leaves the build files alone.
   */
  public List<ValidationStep> after(WorkTree tree, Finding finding, Before before, RemediationPatch patch) {
    boolean buildChanged = patch.files().stream().anyMatch(f -> BUILD_FILES.matcher(f).find());
    List<Phase> phases = before.setUp() && !buildChanged ? List.of(Phase.BUILD, Phase.TEST)
        : List.of(Phase.SETUP, Phase.BUILD, Phase.TEST);
    List<PhaseResult> results = run.run(phases, tree, sofar -> { });
    List<ValidationStep> steps = new ArrayList<>();
    PhaseResult setup = results.get(0).phase() == Phase.SETUP ? results.get(0) : null;
    PhaseResult build = results.get(results.size() - 2);
    PhaseResult tests = results.get(results.size() - 1);
    steps.add(step(BUILD, setup != null && setup.status() == PhaseResult.Status.FAILED ? setup : build));
    steps.add(step(TESTS, tests));
    steps.add(regressionTest(before, tests));
    steps.add(markerBlocked(tree, finding, before, build.status() == PhaseResult.Status.PASSED));
    return steps;
  }

  /** Returns the regression test's step: it must fail before the patch (naming its class) and pass after it. */
  private static ValidationStep regressionTest(Before before, PhaseResult after) {
    if (before.test() instanceof RegressionTests.Declined declined) {
      return ValidationStep.notApplicable(REGRESSION_TEST, "No regression test: " + declined.reason() + ".");
    }
    RegressionTests.RegressionTest test = (RegressionTests.RegressionTest) before.test();
    String simple = test.className().substring(test.className().lastIndexOf('.') + 1);
    String command = "// " + test.path() + "\n" + test.source();
    if (before.testRun().isEmpty()) {
      return new ValidationStep(REGRESSION_TEST, ValidationStep.Status.FAILED, command,
          "The unpatched tree did not build, so the test could not be seen failing before the patch.", 0);
    }
    PhaseResult was = before.testRun().get();
    boolean failedBefore = was.status() == PhaseResult.Status.FAILED && was.output().contains(simple);
    boolean passedAfter = after.status() == PhaseResult.Status.PASSED;
    String output = "before the patch: " + was.statusLabel() + (failedBefore ? " (" + simple + " failed)" : "") + "\n"
        + "after the patch: " + after.statusLabel() + "\n--- before the patch (tail) ---\n" + BuildStep.tail(was.output());
    ValidationStep.Status status = failedBefore && passedAfter ? ValidationStep.Status.PASSED : ValidationStep.Status.FAILED;
    return new ValidationStep(REGRESSION_TEST, status, command, output, was.durationMillis() + after.durationMillis());
  }


  private ValidationStep markerBlocked(WorkTree tree, Finding finding, Before before, boolean built) {
    Optional<Proof> was = before.reproduced();
    if (was.isEmpty() || was.get().verdict() != Verdict.REPRODUCED) {
      return ValidationStep.notApplicable(MARKER_BLOCKED, was.map(p -> "The harness did not reproduce the finding "
          + "before the patch (" + p.reason() + "), so it proves nothing after it.")
          .orElse("The finding was not reproduced by the marker harness before the patch."));
    }
    if (!built) return ValidationStep.failed(MARKER_BLOCKED, "The patched tree did not build, so the harness could not run.");
    Proof now = harness.orElseThrow().reproduce(finding, tree, run);
    String output = "before the patch: " + was.get().reason() + "\nafter the patch: " + now.reason() + "\n--- harness ---\n"
        + now.step().output();
    return new ValidationStep(MARKER_BLOCKED, now.verdict() == Verdict.NOT_REPRODUCED ? ValidationStep.Status.PASSED
        : ValidationStep.Status.FAILED, now.step().command(), output, now.step().durationMillis());
  }

  private static ValidationStep step(String name, PhaseResult phase) {
    ValidationStep.Status status = switch (phase.status()) {
      case PASSED -> ValidationStep.Status.PASSED;
      case FAILED -> ValidationStep.Status.FAILED;
      case SKIPPED -> ValidationStep.Status.NOT_APPLICABLE;
    };
    String output = phase.phase().label() + ": " + phase.statusLabel()
        + (phase.exitCode() == null ? "" : " (exit " + phase.exitCode() + ")")
        + (phase.limitHit() == null ? "" : " (killed at its " + phase.limitHit() + " limit)") + "\n" + phase.output();
    return new ValidationStep(name, status, phase.command(), output, phase.durationMillis());
  }
}
