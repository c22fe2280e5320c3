package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.git.TreeScan;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a patch on a throwaway tree (a work tree of the finding's commit, never the user's
 * files): writes the patched files, re-runs the analyzers over the tree, and records whether the
 * finding is gone and nothing new appeared, and whether the Java still parses; where an environment
 * exists ({@link SandboxPatchRun}), whether the patched tree builds and passes its tests in the
 * sandbox, whether a generated security regression test ({@link RegressionTests}) fails before the
 * patch and passes after it, and whether the marker harness that reproduced the finding no longer
 * reaches the sink.
 */
public final class PatchValidator {
  /** The step saying the patch applies to the tree. */
  public static final String APPLIES = "applies";
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final Optional<SandboxPatchRun> sandbox;

  public PatchValidator(List<Analyzer> analyzers, AnalysisCache cache, Optional<SandboxPatchRun> sandbox) {
    this.analyzers = List.copyOf(analyzers);
    this.cache = cache;
    this.sandbox = sandbox;
  }

  /**
   * Returns the record of {@code patch} for {@code finding} on {@code tree}, a throwaway work tree
   * holding the unpatched files, which this method patches (and builds, where an environment exists).
   * The regression test is the one the patch adds, else one written for the finding where its kind
   * and code allow; it goes into the tree before the unpatched run, where it must fail.
   */
  public PatchValidation validate(WorkTree tree, Finding finding, RemediationPatch patch) {
    if (sandbox.isEmpty()) return validate(tree.path(), finding, patch);
    SandboxPatchRun run = sandbox.get();
    Optional<ValidationStep> refused = addTests(tree.path(), patch);
    if (refused.isPresent()) return PatchValidation.of(List.of(refused.get()));
    Optional<RegressionTests.RegressionTest> carried = RegressionTests.carried(patch);
    RegressionTests.Outcome test = carried.isPresent() ? carried.get() : RegressionTests.of(finding, SourceFiles.in(tree.path()));
    if (carried.isEmpty() && test instanceof RegressionTests.RegressionTest t) {
      write(tree.path(), FileEdit.creating(t.path(), t.source()));
    }
    SandboxPatchRun.Before before = run.before(tree, finding, test);
    return validate(tree.path(), finding, patch, steps -> steps.addAll(run.after(tree, finding, before, patch)));
  }

  /**
   * Returns the record of {@code patch} for {@code finding} on {@code tree}, a writable throwaway
   * copy holding the unpatched files, which this method patches; nothing is built there.
   */
  public PatchValidation validate(Path tree, Finding finding, RemediationPatch patch) {
    PatchValidation checked = check(tree, finding, patch);
    List<ValidationStep> steps = new ArrayList<>(checked.steps());
    if (checked.step(APPLIES).map(s -> s.status() == ValidationStep.Status.PASSED).orElse(false)) {
      steps.add(ValidationStep.notApplicable(SandboxPatchRun.BUILD,
          "Building the patched tree needs an environment; there is none."));
    }
    return PatchValidation.of(steps);
  }

  /**
   * Returns the record of the checks of {@code patch} that need no sandbox (it applies, the finding
   * is gone, nothing new, the code parses) on {@code tree}, a writable throwaway copy holding the
   * unpatched files, which this method patches: what a person sees while the sandbox part runs.
   */
  public PatchValidation check(Path tree, Finding finding, RemediationPatch patch) {
    Optional<ValidationStep> refused = addTests(tree, patch);
    if (refused.isPresent()) return PatchValidation.of(List.of(refused.get()));
    return validate(tree, finding, patch, steps -> { });
  }

  /**
   * Writes the tests {@code patch} adds into the unpatched tree, so they are there before the
   * unpatched run and both analyses (a test is judged by running it, not as the fix's code);
   * returns the failed step when one cannot be written.
   */
  private static Optional<ValidationStep> addTests(Path tree, RemediationPatch patch) {
    for (FileEdit edit : patch.edits()) {
      if (edit.addsTest() && !write(tree, edit)) {
        return Optional.of(ValidationStep.failed(APPLIES, "The patch adds " + edit.path()
            + ", but something is already at that path in the tree."));
      }
    }
    return Optional.empty();
  }

  private static boolean write(Path tree, FileEdit edit) {
    try {
      return TreeFiles.apply(tree, edit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot patch the throwaway tree " + tree + ": " + e.getMessage(), e);
    }
  }

  private PatchValidation validate(Path tree, Finding finding, RemediationPatch patch,
      java.util.function.Consumer<List<ValidationStep>> build) {
    List<ValidationStep> steps = new ArrayList<>();
    List<Finding> before = scan(tree);
    for (FileEdit edit : patch.edits()) {
      if (!edit.addsTest() && !write(tree, edit)) {
        steps.add(ValidationStep.failed(APPLIES, edit.path() + " in the tree differs from the patch's original."));
        return PatchValidation.of(steps);
      }
    }
    steps.add(ValidationStep.passed(APPLIES, "The patch applies to " + String.join(", ", patch.files()) + "."));
    steps.addAll(Reanalysis.compare(finding, patch, before, scan(tree)));
    steps.add(SyntaxCheck.of(patch));
    build.accept(steps);
    return PatchValidation.of(steps);
  }

  private List<Finding> scan(Path tree) {
    return new TreeScan(analyzers, cache, PassOptions.defaults()).run(tree).findings().stream()
        .map(TrackedFinding::finding).toList();
  }
}
