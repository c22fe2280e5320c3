package dev.vigil.server.web;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchValidator;
import dev.vigil.engine.fix.PatchVerdict;
import dev.vigil.engine.fix.Proposal;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.fix.Remediation;
import dev.vigil.engine.fix.SourceFiles;
import dev.vigil.engine.fix.UnifiedDiff;
import dev.vigil.engine.validation.sandbox.WorkTree;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.AnalyzerSet;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.threat.FindingRanking;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Remediation patches as the API sees them: proposing one for a finding (developers and up) on a
 * throwaway work tree of the commit last scanned, validating it there, and a reviewer's edit of the
 * diff, checked against the patch rules and validated again. Every proposal and edit is audited.
 */
public final class FindingPatches {
  private final PatchStore patches;
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final RepositoryMirrors mirrors;
  private final AnalyzerSet analyzers;
  private final AnalysisCache cache;
  private final Path workRoot;
  private final AuditLog audit;
  private final Remediation remediation = Remediation.standard();

  public FindingPatches(PatchStore patches, RepositoryStore repositories, ScanStore scans, RepositoryMirrors mirrors,
      AnalyzerSet analyzers, AnalysisCache cache, Path workRoot, AuditLog audit) {
    this.patches = patches;
    this.repositories = repositories;
    this.scans = scans;
    this.mirrors = mirrors;
    this.analyzers = analyzers;
    this.cache = cache;
    this.workRoot = workRoot;
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
    PatchRecord record = inTree(finding.repositoryId(), commit, tree -> {
      Proposal proposal = remediation.propose(target, SourceFiles.in(tree));
      if (proposal instanceof Proposal.Refused refused) {
        throw new ApiException(422, "no_safe_fix", null, refused.reason());
      }
      RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
      PatchValidation validation = validator().validate(tree, target, patch);
      return patches.propose(finding.id(), commit, patch, validation, user.username(), Instant.now());
    });
    audit.record(user.username(), "finding.patch.propose", "finding " + finding.id(),
        "patch " + record.id() + " " + record.validation().verdict().label());
    return record;
  }

  /** Replaces the patch's diff with {@code diff} and validates it again; 422 when it does not apply or breaks a rule. */
  public PatchRecord edit(User user, PatchRecord patch, FindingRecord finding, String diff) {
    Access.require(user.role().canTriage(), user, "edit patches");
    Finding target = FindingRanking.toFinding(finding);
    PatchRecord record = inTree(finding.repositoryId(), patch.commit(), tree -> {
      RemediationPatch edited;
      try {
        edited = new RemediationPatch(target.ruleId(), patch.rationale(), patch.notes(),
            UnifiedDiff.apply(diff, SourceFiles.in(tree)));
      } catch (PatchFormatException | IllegalArgumentException e) {
        throw new ApiException(422, "invalid_diff", "diff", e.getMessage());
      }
      List<String> broken = remediation.check(target, edited);
      if (!broken.isEmpty()) {
        throw new ApiException(422, "patch_rules", "diff", "the edited patch breaks the patch rules: "
            + String.join("; ", broken));
      }
      return patches.edit(patch.id(), edited, validator().validate(tree, target, edited), user.username(), Instant.now());
    });
    audit.record(user.username(), "finding.patch.edit", "finding " + finding.id(),
        "patch " + record.id() + " " + record.validation().verdict().label());
    return record;
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
    if (patch.validation().verdict() != PatchVerdict.VALIDATED) {
      throw new ApiException(422, "patch_not_validated", null, "patch " + patch.id() + " did not validate ("
          + patch.validation().verdict().label() + "): edit it until it does");
    }
  }

  private PatchValidator validator() {
    return new PatchValidator(analyzers.current(), cache, Optional.empty());
  }

  private String scannedCommit(long repositoryId) {
    return scans.forRepository(repositoryId).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.headSha() != null).findFirst()
        .map(ScanRecord::headSha)
        .orElseThrow(() -> new ApiException(422, "not_scanned", null,
            "the repository has no finished scan, so there is no commit to patch"));
  }

  private <T> T inTree(long repositoryId, String commit, Function<Path, T> work) {
    RepositoryRecord repository = repositories.find(repositoryId)
        .orElseThrow(() -> ApiException.notFound("repository " + repositoryId));
    try (Repository git = mirrors.open(repository, repositories.credential(repositoryId))) {
      String sha = ObjectId.fromString(commit).name();
      try (WorkTree tree = WorkTree.checkout(git.getDirectory().toPath(), sha, workRoot)) {
        return work.apply(tree.path().toRealPath());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the work tree of " + sha + ": " + e.getMessage(), e);
      }
    }
  }
}
