package dev.vigil.server.forge;

import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.web.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * The branch a fix is published on, {@code vigil/fix-<finding id>-<short rule>}: created in place in
 * a repository connected by a local path, pushed with the repository's credential to one connected
 * by URL (the commit is written into its mirror first). A branch that already exists is left alone
 * unless it holds the very commit (nothing to do) or the commit Vigil pushed there before for the
 * same finding (replaced, with a lease so a branch someone moved since is never overwritten).
 */
public final class FixBranch {
  private static final int MAX_RULE_CHARS = 40;

  private FixBranch() {}

  /** Returns the branch name of a fix of finding {@code findingId} of rule {@code ruleId}. */
  public static String name(long findingId, String ruleId) {
    String shortRule = ruleId.substring(ruleId.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (shortRule.length() > MAX_RULE_CHARS) {
      // Cut at the last whole word that fits, so the name stays readable.
      String cut = shortRule.substring(0, MAX_RULE_CHARS + 1);
      shortRule = cut.substring(0, Math.max(cut.lastIndexOf('-'), 1));
    }
    return "vigil/fix-" + findingId + (shortRule.isEmpty() ? "" : "-" + shortRule);
  }

  /**
   * Points {@code branch} at {@code commit}, which {@code git} (the local repository or the mirror)
   * holds; {@code previous} is the commit Vigil published there before, if any.
   */
  public static void publish(Repository git, RepositoryRecord repository, String credential, String branch,
      ObjectId commit, Optional<ObjectId> previous) {
    String ref = Constants.R_HEADS + branch;
    if (RepositoryMirrors.isLocal(repository.url())) {
      createLocal(git, ref, commit, previous);
    } else {
      push(git, repository.url(), credential, ref, commit, previous);
    }
  }

  private static void createLocal(Repository git, String ref, ObjectId commit, Optional<ObjectId> previous) {
    try {
      Ref existing = git.exactRef(ref);
      ObjectId expected = expectedOld(ref, existing == null ? null : existing.getObjectId(), commit, previous);
      if (expected == null) return;
      RefUpdate update = git.updateRef(ref);
      update.setExpectedOldObjectId(expected);
      update.setNewObjectId(commit);
      update.setForceUpdate(true);
      update.setRefLogMessage("vigil: fix branch", false);
      RefUpdate.Result result = update.update();
      if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
          && result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NO_CHANGE) {
        throw branchExists(ref, "it changed while Vigil was updating it (" + result + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + ref + ": " + e.getMessage(), e);
    }
  }

  private static void push(Repository mirror, String url, String credential, String ref, ObjectId commit,
      Optional<ObjectId> previous) {
    try (Git git = Git.wrap(mirror)) {
      Map<String, Ref> remote = Git.lsRemoteRepository().setRemote(url).setHeads(true)
          .setCredentialsProvider(RepositoryMirrors.credentials(credential)).callAsMap();
      Ref existing = remote.get(ref);
      ObjectId expected = expectedOld(ref, existing == null ? null : existing.getObjectId(), commit, previous);
      if (expected == null) return;
      Iterable<PushResult> results = git.push().setRemote(url)
          .setRefSpecs(new RefSpec("+" + commit.name() + ":" + ref))
          .setRefLeaseSpecs(new RefLeaseSpec(ref, expected.name()))
          .setCredentialsProvider(RepositoryMirrors.credentials(credential)).call();
      for (PushResult result : results) {
        RemoteRefUpdate update = result.getRemoteUpdate(ref);
        if (update == null) continue;
        switch (update.getStatus()) {
          case OK, UP_TO_DATE -> { }
          case REJECTED_REMOTE_CHANGED, REJECTED_NONFASTFORWARD ->
              throw branchExists(ref, "it changed on the remote while Vigil was pushing");
          default -> throw new ApiException(502, "push_failed", null, "the remote refused " + ref + ": "
              + update.getStatus() + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
        }
      }
    } catch (GitAPIException e) {
      throw new ApiException(502, "push_failed", null, "cannot push " + ref + " to " + url + ": " + e.getMessage());
    }
  }

  /**
   * Returns the id the ref must have for the update to go ahead (zero for a new ref), or null when it
   * already holds {@code commit}; throws when it holds a commit Vigil did not publish there.
   */
  private static ObjectId expectedOld(String ref, ObjectId current, ObjectId commit, Optional<ObjectId> previous) {
    if (current == null) return ObjectId.zeroId();
    if (current.equals(commit)) return null;
    if (previous.isPresent() && previous.get().equals(current)) return current;
    throw branchExists(ref, "it holds commit " + current.name() + ", which Vigil did not push");
  }

  private static ApiException branchExists(String ref, String why) {
    return new ApiException(422, "branch_exists", null, "the branch " + ref.substring(Constants.R_HEADS.length())
        + " already exists and " + why + "; delete it or merge it, then try again");
  }
}
