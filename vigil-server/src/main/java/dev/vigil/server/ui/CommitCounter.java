package dev.vigil.server.ui;

import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.RepositoryRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Counts what a backfill would walk, for the create-scan estimate: the first-parent commits of a
 * branch of a local repository, newest first, up to a cap. Remote repositories are not fetched
 * for an estimate, so they have none.
 */
final class CommitCounter {
  static final int CAP = 1_000_000;
  private final RepositoryMirrors mirrors;

  CommitCounter(RepositoryMirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The first-parent commits of a branch: all of them, and those inside the window. */
  record Count(int total, int inWindow) {}

  /** Returns the branch names of a local repository (empty for remote ones or on error). */
  List<String> branches(RepositoryRecord repository) {
    if (!RepositoryMirrors.isLocal(repository.url())) return List.of();
    try (Repository git = mirrors.open(repository, null)) {
      return git.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
          .map(Ref::getName).map(name -> name.substring(Constants.R_HEADS.length())).sorted().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * Returns the count for a window of the newest {@code commits} (or those since {@code since});
   * empty if the repository is remote or the branch unknown.
   */
  Optional<Count> count(RepositoryRecord repository, String branch, Integer commits, Instant since) {
    if (!RepositoryMirrors.isLocal(repository.url()) || branch == null || branch.isBlank()) {
      return Optional.empty();
    }
    try (Repository git = mirrors.open(repository, null); RevWalk walk = new RevWalk(git)) {
      ObjectId head = git.resolve(Constants.R_HEADS + branch);
      if (head == null) return Optional.empty();
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(head));
      int total = 0;
      int inWindow = 0;
      for (RevCommit commit : walk) {
        total++;
        boolean inside = commits != null ? total <= commits
            : since == null || commit.getCommitTime() >= since.getEpochSecond();
        if (inside) inWindow++;
        if (total >= CAP) break;
      }
      return Optional.of(new Count(total, inWindow));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
