package dev.vigil.server.forge;

import dev.vigil.engine.fix.PatchFormatException;
import dev.vigil.engine.owners.CodeOwners;
import dev.vigil.server.auth.User;
import dev.vigil.server.github.GitHubClient;
import dev.vigil.server.github.GitHubException;
import dev.vigil.server.github.Pulls;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.GitHubLink;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.store.PullRequestStore.PullRequestRecord;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.web.Access;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.FindingPatches;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Publishes a finding's approved, validated patch (developers and up): one commit on the patch's
 * base, on the branch {@code vigil/fix-<finding id>-<short rule>} of the repository, and, where the
 * repository is linked to GitHub and its credential is a token, a pull request into the scanned
 * branch with reviews requested from the CODEOWNERS owners of the touched files. Asking again for the
 * same commit returns what was published (opening the pull request if GitHub refused it before); a
 * patch edited and approved since replaces Vigil's own branch. The {@code git format-patch} download
 * names the same commit.
 */
public final class PullRequests {
  private final PatchStore patches;
  private final PullRequestStore store;
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final GitHubLinkStore links;
  private final RepositoryMirrors mirrors;
  private final AuditLog audit;
  private final Clock clock;

  /** The stores and services publishing needs. */
  public record Stores(PatchStore patches, PullRequestStore pullRequests, RepositoryStore repositories, ScanStore scans,
      GitHubLinkStore links) {}

  public PullRequests(Stores stores, RepositoryMirrors mirrors, AuditLog audit, Clock clock) {
    this.patches = stores.patches();
    this.store = stores.pullRequests();
    this.repositories = stores.repositories();
    this.scans = stores.scans();
    this.links = stores.links();
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

  /**
   * Publishes the finding's newest patch; 422 when there is none, it did not validate or nobody
   * approved it, or the branch exists without being Vigil's; GitHub's refusals as {@link GitHubFailures}.
   */
  public Opened open(User user, FindingRecord finding) {
    Access.require(user.role().canTriage(), user, "open pull requests");
    PatchRecord patch = publishable(finding);
    RepositoryRecord repository = repository(finding);
    String credential = repositories.credential(repository.id());
    String branch = FixBranch.name(finding.id(), finding.ruleId());
    Optional<PullRequestRecord> previous = store.latest(finding.id()).filter(p -> p.branch().equals(branch));
    Optional<GitHubLink> link = links.find(repository.id()).filter(l -> credential != null && !credential.isBlank());
    PullRequestRecord published;
    CodeOwnerReviewers reviewers;
    boolean created;
    try (Repository git = mirrors.open(repository, credential)) {
      FixCommit commit;
      try (ObjectReader reader = git.newObjectReader(); ObjectInserter inserter = git.newObjectInserter()) {
        commit = write(reader, inserter, finding, patch);
      }
      reviewers = reviewers(git, commit);
      Optional<PullRequestRecord> same = previous.filter(p -> p.commit().equals(commit.id().name())
          && !PullRequestStore.CLOSED.equals(p.state()));
      created = same.isEmpty();
      if (same.isPresent()) {
        published = same.get();
      } else {
        FixBranch.publish(git, repository, credential, branch, commit.id(),
            previous.map(p -> ObjectId.fromString(p.commit())));
        published = store.create(new PullRequestStore.Published(finding.id(), patch.id(), branch, commit.id().name(),
            PullRequestStore.PUSHED, null, null, null, reviewers.owners(), null, user.username()), clock.instant());
        audit.record(user.username(), "finding.fix.push", "finding " + finding.id(),
            "patch " + patch.id() + " on " + branch + " at " + published.commit());
        // The open pull request of the branch now shows the new commit: it carries over.
        Optional<PullRequestRecord> stillOpen = previous.filter(p -> p.number() != null
            && PullRequestStore.OPEN.equals(p.state()));
        if (stillOpen.isPresent()) {
          published = store.opened(published.id(), stillOpen.get().githubRepository(), stillOpen.get().number(),
              stillOpen.get().url(), reviewers.owners(), null, clock.instant());
        }
      }
    }
    if (link.isPresent() && published.number() == null) {
      published = openOnGitHub(user, link.get(), GitHubClient.tokenOf(credential), finding, patch, published, reviewers,
          baseBranch(repository, patch.commit()));
      created = true;
    }
    return new Opened(published, created);
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


  private PullRequestRecord openOnGitHub(User user, GitHubLink link, String token, FindingRecord finding,
      PatchRecord patch, PullRequestRecord pushed, CodeOwnerReviewers reviewers, String base) {
    Pulls pulls = new Pulls(new GitHubClient(link.apiBase(), token));
    Pulls.PullRequest opened;
    try {
      opened = pulls.open(link.owner(), link.name(), PullRequestBody.title(finding), pushed.branch(), base,
          PullRequestBody.of(finding, patch));
    } catch (GitHubException e) {
      ApiException failure = GitHubFailures.of(e, "opening the pull request of " + pushed.branch(), link.fullName());
      store.failed(pushed.id(), failure.getMessage(), clock.instant());
      throw failure;
    }
    String note = null;
    if (reviewers.any()) {
      try {
        pulls.requestReviewers(link.owner(), link.name(), opened.number(), reviewers.users(), reviewers.teams());
      } catch (GitHubException e) {
        // The pull request stands without them; the note says why, and the owners can be added by hand.
        note = "reviews could not be requested from " + String.join(", ", reviewers.owners()) + ": "
            + GitHubFailures.of(e, "requesting reviews", link.fullName()).getMessage();
      }
    }
    PullRequestRecord record = store.opened(pushed.id(), link.fullName(), opened.number(), opened.htmlUrl(),
        reviewers.owners(), note, clock.instant());
    audit.record(user.username(), "finding.pull-request.open", "finding " + finding.id(),
        "patch " + patch.id() + ": " + record.url() + (reviewers.any() ? ", reviews from "
            + String.join(" ", reviewers.owners()) : ""));
    return record;
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

  /** Returns the branch whose scan saw {@code commit} at its head: the pull request's base. */
  private String baseBranch(RepositoryRecord repository, String commit) {
    return scans.forRepository(repository.id()).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && commit.equals(s.headSha()))
        .map(ScanRecord::branch).findFirst()
        .orElse(repository.defaultBranch() == null ? "main" : repository.defaultBranch());
  }

  private static CodeOwnerReviewers reviewers(Repository git, FixCommit commit) {
    try {
      return CodeOwnerReviewers.of(CodeOwners.at(git, commit.base()),
          commit.changes().stream().map(c -> c.edit().path()).toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read CODEOWNERS at " + commit.base().name(), e);
    }
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
