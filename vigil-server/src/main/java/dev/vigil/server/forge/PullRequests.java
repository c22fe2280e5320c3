package dev.vigil.server.forge;

import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.store.PullRequestStore.PullRequestRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.web.Access;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.FindingPatches;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Publishes a finding's approved, validated patch (developers and up): one commit on the patch's
 * base, on the branch {@code vigil/fix-<finding id>-<short rule>} of the repository, and a pull
 * request where the repository is on GitHub and Vigil has a token for it. Asking again for the same
 * commit returns what was published; a patch edited and approved since replaces Vigil's own branch.
 * The download of the fix as a {@code git format-patch} file names the same commit.
 */
public final class PullRequests {
  private final PatchStore patches;
  private final PullRequestStore store;
  private final RepositoryStore repositories;
  private final RepositoryMirrors mirrors;
  private final AuditLog audit;
  private final Clock clock;

  public PullRequests(PatchStore patches, PullRequestStore store, RepositoryStore repositories,
      RepositoryMirrors mirrors, AuditLog audit, Clock clock) {
    this.patches = patches;
    this.store = store;
    this.repositories = repositories;
    this.mirrors = mirrors;
    this.audit = audit;
    this.clock = clock;
  }

  /** What {@link #open} did: the published fix, and whether this call published it (false: it already was). */
  public record Opened(PullRequestRecord pullRequest, boolean created) {}

  /** A {@code git format-patch} file: its name and text. */
  public record PatchFile(String name, String text) {}

  /** Returns the finding's newest published fix, if any. */
  public Optional<PullRequestRecord> latest(long findingId) {
    return store.latest(findingId);
  }

  /** Publishes the finding's newest patch; 422 when there is none, it did not validate or nobody approved it. */
  public Opened open(User user, FindingRecord finding) {
    Access.require(user.role().canTriage(), user, "open pull requests");
    PatchRecord patch = publishable(finding);
    RepositoryRecord repository = repository(finding);
    String credential = repositories.credential(repository.id());
    String branch = FixBranch.name(finding.id(), finding.ruleId());
    Optional<PullRequestRecord> previous = store.latest(finding.id()).filter(p -> p.branch().equals(branch));
    PullRequestRecord published;
    try (Repository git = mirrors.open(repository, credential)) {
      FixCommit commit;
      try (ObjectReader reader = git.newObjectReader(); ObjectInserter inserter = git.newObjectInserter()) {
        commit = write(reader, inserter, finding, patch);
      }
      if (previous.isPresent() && previous.get().commit().equals(commit.id().name())
          && !PullRequestStore.CLOSED.equals(previous.get().state())) {
        return new Opened(previous.get(), false);
      }
      FixBranch.publish(git, repository, credential, branch, commit.id(),
          previous.map(p -> ObjectId.fromString(p.commit())));
      published = store.create(new PullRequestStore.Published(finding.id(), patch.id(), branch, commit.id().name(),
          PullRequestStore.PUSHED, null, null, null, List.of(), null, user.username()), clock.instant());
    }
    audit.record(user.username(), "finding.pull-request.open", "finding " + finding.id(),
        "patch " + patch.id() + " on " + branch + " at " + published.commit()
            + (published.url() == null ? "" : ": " + published.url()));
    return new Opened(published, true);
  }

  /** Returns the fix of {@code patch} as a {@code git format-patch} file, without writing into the repository. */
  public PatchFile formatPatch(FindingRecord finding, PatchRecord patch) {
    RepositoryRecord repository = repository(finding);
    try (Repository git = mirrors.openFetched(repository).orElseThrow(() -> new ApiException(409, "not_fetched", null,
            "the repository " + repository.name() + " has not been fetched yet: scan it first"));
         ObjectReader reader = git.newObjectReader(); ObjectInserter ids = FixCommit.idsOnly()) {
      FixCommit commit = write(reader, ids, finding, patch);
      return new PatchFile(FormatPatch.fileName(commit), FormatPatch.of(commit));
    }
  }

  private PatchRecord publishable(FindingRecord finding) {
    PatchRecord patch = patches.latest(finding.id()).orElseThrow(() -> new ApiException(422, "no_patch", null,
        "finding " + finding.id() + " has no proposed patch: propose one first (POST /api/v1/findings/"
            + finding.id() + "/patch)"));
    FindingPatches.requireValidated(patch);
    if (patch.approvedBy() == null) {
      throw new ApiException(422, "patch_not_approved", null, "patch " + patch.id()
          + " is not approved: a reviewer approves it first (POST /api/v1/patches/" + patch.id() + "/approval)");
    }
    return patch;
  }

  private RepositoryRecord repository(FindingRecord finding) {
    return repositories.find(finding.repositoryId())
        .orElseThrow(() -> ApiException.notFound("repository " + finding.repositoryId()));
  }

  private static FixCommit write(ObjectReader reader, ObjectInserter inserter, FindingRecord finding, PatchRecord patch) {
    try {
      return FixCommit.write(reader, inserter, patch.commit(), patch.diff(), FixMessage.of(finding, patch),
          patch.updatedAt());
    } catch (PatchFormatException e) {
      throw new ApiException(422, "invalid_diff", null, "patch " + patch.id() + " does not apply to "
          + patch.commit() + ": " + e.getMessage());
    }
  }
}
