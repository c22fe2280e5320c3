package dev.vigil.server.web;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchVerdict;
import dev.vigil.engine.fix.Proposal;
import dev.vigil.engine.fix.RegressionTests;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.fix.Remediation;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.UnifiedDiff;
import dev.vigil.engine.validation.sandbox.WorkTree;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.PatchValidations;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.threat.FindingRanking;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Remediation patches as the API sees them: proposing one for a finding (developers and up) on a
 * throwaway work tree of the commit last scanned, validating it there, and a reviewer's edit of the
 * diff, checked against the patch rules and validated again. Where the repository has an
 * environment, the patch carries its regression test and the sandbox part of its validation runs
 * as a background job ({@link PatchValidations}): the record says {@code validating} until then.
 * Every proposal and edit is audited.
 */
public final class FindingPatches {
  private final PatchStore patches;
  private final ScanStore scans;
  private final PatchValidations validations;
  private final ScanJobs jobs;
  private final AuditLog audit;
  private final Remediation remediation = Remediation.standard();

  public FindingPatches(PatchStore patches, ScanStore scans, PatchValidations validations, ScanJobs jobs, AuditLog audit) {
    this.patches = patches;
    this.scans = scans;
    this.validations = validations;
    this.jobs = jobs;
    this.audit = audit;
  }

  /** Returns the finding's newest patch, if one was proposed. */
  public Optional<PatchRecord> latest(long findingId) {
    return patches.latest(findingId);
  }

  /** Returns the patch with {@code id}, if there is one. */
  public Optional<PatchRecord> find(long id) {
    return patches.find(id);
  }

  /** Proposes and validates a patch for {@code finding}; 422 with the reason when there is no safe one. */
  public PatchRecord propose(User user, FindingRecord finding) {
    Access.require(user.role().canTriage(), user, "propose patches");
    Finding target = FindingRanking.toFinding(finding);
    String commit = scannedCommit(finding.repositoryId());
    boolean sandboxed = validations.environment(finding.repositoryId()).isPresent();
    PatchRecord record = inTree(finding.repositoryId(), commit, tree -> {
      Proposal proposal = remediation.propose(target, SourceFiles.in(tree.path()));
      if (proposal instanceof Proposal.Refused refused) {
        throw new ApiException(422, "no_safe_fix", null, refused.reason());
      }
      RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
      // The regression test is only worth a reviewer's time where the sandbox shows it failing before the fix.
      if (sandboxed) patch = RegressionTests.addTo(patch, target, SourceFiles.in(tree.path()));
      PatchValidation validation = validations.check(tree, target, patch, sandboxed);
      return patches.propose(finding.id(), commit, patch, validation, user.username(), Instant.now());
    });
    queue(record);
    audit.record(user.username(), "finding.patch.propose", "finding " + finding.id(),
        "patch " + record.id() + " " + record.validation().verdict().label());
    return record;
  }

  /**
   * Replaces the patch's diff with {@code diff} and validates it again, superseding a validation
   * still running; 422 when it does not apply or breaks a rule.
   */
  public PatchRecord edit(User user, PatchRecord patch, FindingRecord finding, String diff) {
    Access.require(user.role().canTriage(), user, "edit patches");
    Finding target = FindingRanking.toFinding(finding);
    boolean sandboxed = validations.environment(finding.repositoryId()).isPresent();
    PatchRecord record = inTree(finding.repositoryId(), patch.commit(), tree -> {
      RemediationPatch edited;
      try {
        edited = new RemediationPatch(target.ruleId(), patch.rationale(), patch.notes(),
            UnifiedDiff.apply(diff, SourceFiles.in(tree.path())));
      } catch (PatchFormatException | IllegalArgumentException e) {
        throw new ApiException(422, "invalid_diff", "diff", e.getMessage());
      }
      List<String> broken = remediation.check(target, edited);
      if (!broken.isEmpty()) {
        throw new ApiException(422, "patch_rules", "diff", "the edited patch breaks the patch rules: "
            + String.join("; ", broken));
      }
      return patches.edit(patch.id(), edited, validations.check(tree, target, edited, sandboxed), user.username(),
          Instant.now());
    });
    queue(record);
    audit.record(user.username(), "finding.patch.edit", "finding " + finding.id(),
        "patch " + record.id() + " " + record.validation().verdict().label());
    return record;
  }

  /** Queues the sandbox validation of every patch still validating (after a restart, a lost queue entry). */
  public void resumeValidations() {
    patches.validating().forEach(p -> jobs.validatePatch(p.id(), p.changedAt()));
  }

  private void queue(PatchRecord record) {
    if (record.validation().verdict() == PatchVerdict.VALIDATING) jobs.validatePatch(record.id(), record.updatedAt());
  }

  /** Records that {@code user} approved the patch's current diff; 422 when it did not validate, 409 when it changed meanwhile. */
  public PatchRecord approve(User user, PatchRecord patch, FindingRecord finding) {
    Access.require(user.role().canTriage(), user, "approve patches");
    requireValidated(patch);
    PatchRecord approved = patches.approve(patch.id(), patch.updatedAt(), user.username(), Instant.now())
        .orElseThrow(() -> new ApiException(409, "patch_changed", null, "patch " + patch.id()
            + " was edited while you reviewed it: review the new diff"));
    audit.record(user.username(), "finding.patch.approve", "finding " + finding.id(), "patch " + patch.id());
    return approved;
  }

  /** Throws a 422 unless the patch's newest validation passed: only a validated patch is approved or published. */
  public static void requireValidated(PatchRecord patch) {
    if (patch.validation().verdict() == PatchVerdict.VALIDATING) {
      throw new ApiException(422, "patch_validating", null, "patch " + patch.id() + " is still being validated in the "
          + "sandbox (build, tests, regression test): review it when its validation is done");
    }
    if (patch.validation().verdict() != PatchVerdict.VALIDATED) {
      throw new ApiException(422, "patch_not_validated", null, "patch " + patch.id() + " did not validate ("
          + patch.validation().verdict().label() + "): edit it until it does");
    }
  }

  private String scannedCommit(long repositoryId) {
    return scans.forRepository(repositoryId).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.headSha() != null).findFirst()
        .map(ScanRecord::headSha)
        .orElseThrow(() -> new ApiException(422, "not_scanned", null,
            "the repository has no finished scan, so there is no commit to patch"));
  }

  private <T> T inTree(long repositoryId, String commit, Function<WorkTree, T> work) {
    try {
      return validations.inTree(repositoryId, commit, work);
    } catch (java.util.NoSuchElementException gone) {
      throw ApiException.notFound("repository " + repositoryId);
    }
  }
}
