package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchValidator;
import dev.vigil.engine.fix.PatchVerdict;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.fix.SandboxPatchRun;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.UnifiedDiff;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.harness.MarkerHarness;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.WorkTree;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.threat.FindingRanking;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates remediation patches on throwaway work trees of the commit they were made for. In the
 * request that proposes or edits a patch, the checks that need no sandbox (it applies, the finding
 * is gone, nothing new, it parses); when they pass and the repository has an environment, the
 * patch is {@code validating} and a background job ({@link #run}) validates it again in the
 * sandbox: setup, build and tests before and after the patch, the regression test it carries, the
 * marker harness. The job's record replaces the patch's only if its diff did not change meanwhile:
 * an edit supersedes a running validation. A job that a restart interrupted runs again.
 */
public final class PatchValidations {
  private static final Logger log = LoggerFactory.getLogger(PatchValidations.class);

  /** The stores a patch validation reads and writes. */
  public record Stores(PatchStore patches, FindingStore findings, RepositoryStore repositories,
      EnvironmentStore environments) {}

  private final Stores stores;
  private final ValidationRunner.Analysis analysis;
  private final RepositoryMirrors mirrors;
  private final Sandbox sandbox;
  private final SandboxSettings settings;

  public PatchValidations(Stores stores, ValidationRunner.Analysis analysis, RepositoryMirrors mirrors, Sandbox sandbox,
      SandboxSettings settings) {
    this.stores = stores;
    this.analysis = analysis;
    this.mirrors = mirrors;
    this.sandbox = sandbox;
    this.settings = settings;
  }

  /** Returns the environment the repository's patches are built in (its first by name), if it has one. */
  public Optional<EnvironmentRecord> environment(long repositoryId) {
    return stores.environments().forRepository(repositoryId).stream().findFirst();
  }

  /**
   * Returns the record of the checks without sandbox of {@code patch} on {@code tree}, which it
   * patches: {@code validating} when they pass and {@code sandboxFollows}, else final (with the
   * build not applicable for want of an environment).
   */
  public PatchValidation check(WorkTree tree, Finding finding, RemediationPatch patch, boolean sandboxFollows) {
    PatchValidator validator = new PatchValidator(analysis.analyzers().current(), analysis.cache(), Optional.empty());
    if (!sandboxFollows) return validator.validate(tree.path(), finding, patch);
    PatchValidation checked = validator.check(tree.path(), finding, patch);
    return checked.verdict() == PatchVerdict.FAILED ? checked : new PatchValidation(PatchVerdict.VALIDATING, checked.steps());
  }

  /**
   * Runs {@code work} on a throwaway work tree of {@code commit} of the repository, removed after;
   * throws {@link java.util.NoSuchElementException} when the repository is gone.
   */
  public <T> T inTree(long repositoryId, String commit, Function<WorkTree, T> work) {
    RepositoryRecord repository = stores.repositories().find(repositoryId).orElseThrow();
    try (Repository git = mirrors.open(repository, stores.repositories().credential(repositoryId));
        WorkTree tree = WorkTree.checkout(git.getDirectory().toPath(), ObjectId.fromString(commit).name(),
            settings.workRoot())) {
      return work.apply(tree);
    }
  }

  /** Validates patch {@code patchId} in the sandbox if it is still validating; the background job. */
  public void run(long patchId) {
    PatchRecord patch = stores.patches().find(patchId).orElse(null);
    if (patch == null || patch.validation().verdict() != PatchVerdict.VALIDATING) return;
    FindingRecord finding = stores.findings().find(patch.findingId()).orElse(null);
    if (finding == null) return;
    PatchValidation validation;
    long start = System.nanoTime();
    try {
      validation = sandboxed(patch, finding);
    } catch (RuntimeException e) {
      // Recorded, never left validating: the reviewer sees why and can edit the patch to try again.
      log.warn("sandbox validation of patch {} failed: {}", patchId, e.toString());
      List<ValidationStep> steps = new ArrayList<>(patch.validation().steps());
      steps.add(ValidationStep.failed(SandboxPatchRun.BUILD, "The sandbox validation stopped: " + e.getMessage()));
      validation = PatchValidation.of(steps);
    }
    boolean current = stores.patches().complete(patch.id(), patch.updatedAt(), validation);
    log.info("validated patch {} in the sandbox in {} ms: {}", patchId, (System.nanoTime() - start) / 1_000_000,
        current ? validation.verdict().label() : "superseded by an edit, record dropped");
  }

  private PatchValidation sandboxed(PatchRecord patch, FindingRecord finding) {
    Finding target = FindingRanking.toFinding(finding);
    Optional<SandboxPatchRun> run = environment(finding.repositoryId()).map(e -> new SandboxPatchRun(
        settings.run(sandbox, e, stores.environments().secrets(e.id())),
        Optional.of(new MarkerHarness(settings.agentFolder()))));
    return inTree(finding.repositoryId(), patch.commit(), tree -> {
      RemediationPatch remediation = new RemediationPatch(target.ruleId(), patch.rationale(), patch.notes(),
          UnifiedDiff.apply(patch.diff(), SourceFiles.in(tree.path())));
      return new PatchValidator(analysis.analyzers().current(), analysis.cache(), run).validate(tree, target, remediation);
    });
  }
}
