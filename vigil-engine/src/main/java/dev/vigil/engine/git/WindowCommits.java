package dev.vigil.engine.git;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Resolves a branch and lists the commits of a history window, newest first, by first parents. */
final class WindowCommits {
  private WindowCommits() {}

  /** Returns the commit a branch name (or {@code HEAD}, or a sha) points to. */
  static ObjectId resolveBranch(Repository repository, String branch) {
    try {
      if (repository.getRefDatabase().hasRefs() == false) {
        throw new ScanInputException(
            "repository " + repository.getDirectory() + " is empty: it has no commits");
      }
      for (String candidate : List.of(branch, Constants.R_HEADS + branch,
          Constants.R_REMOTES + "origin/" + branch)) {
        Ref ref = repository.findRef(candidate);
        if (ref != null && ref.getObjectId() != null) return ref.getObjectId();
      }
      if (ObjectId.isId(branch)) return ObjectId.fromString(branch);
      if (Constants.HEAD.equals(branch)) {
        throw new ScanInputException("repository " + repository.getDirectory()
            + " is empty: HEAD points to no commit");
      }
      String known = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).stream()
          .map(ref -> Repository.shortenRefName(ref.getName()))
          .collect(Collectors.joining(", "));
      throw new ScanInputException("unknown branch '" + branch + "'"
          + (known.isEmpty() ? "" : ": the repository has " + known));
    } catch (IOException e) {
      throw new ScanInputException("cannot read the refs of " + repository.getDirectory() + ": "
          + e.getMessage(), e);
    }
  }

  /** Returns the window's commits from {@code head}, newest first; throws if there are none. */
  static List<RevCommit> list(RevWalk walk, ObjectId head, HistoryWindow window) {
    List<RevCommit> commits = new ArrayList<>();
    try {
      RevCommit commit = walk.parseCommit(head);
      while (commit != null && window.startsAfter(Instant.ofEpochSecond(commit.getCommitTime()))) {
        commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      }
      while (commit != null && commits.size() < window.maxCommits()) {
        if (window.endsBefore(Instant.ofEpochSecond(commit.getCommitTime()))) break;
        commits.add(commit);
        commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      }
    } catch (IOException e) {
      throw new ScanInputException("cannot read the history of " + window.branch() + " at "
          + (commits.isEmpty() ? head.name() : commits.get(commits.size() - 1).name())
          + ": " + e.getMessage(), e);
    }
    if (commits.isEmpty()) {
      throw new ScanInputException("no commits in the window: " + window.describe());
    }
    return commits;
  }
}
