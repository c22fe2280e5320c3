package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.GitFixtures;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.web.ApiException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix branches published to real repositories: pushed to a bare remote over {@code file://} and over
 * {@code git daemon} from the server's mirror, or created in place in a local repository; the
 * branch holds exactly the patch, and a branch Vigil did not push is never overwritten.
 */
class FixBranchTest {
  static final String BRANCH = "vigil/fix-7-sql-injection";
  @TempDir Path temp;

  @Test
  void namesTheBranchAfterTheFindingAndTheShortRule() {
    assertThat(FixBranch.name(7, "java.sql-injection")).isEqualTo(BRANCH);
    assertThat(FixBranch.name(12, "deps.Vulnerable_Library")).isEqualTo("vigil/fix-12-vulnerable-library");
    assertThat(FixBranch.name(3, "workflow.script-injection-from-a-very-long-rule-name-indeed"))
        .isEqualTo("vigil/fix-3-script-injection-from-a-very-long-rule");
  }

  /** Writes the shop, makes a bare copy under {@code remotes/shop.git} and returns the base commit. */
  private RevCommit bareRemote() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("work"))) {
      RevCommit base = FixCommitTest.shop(repo);
      Git.cloneRepository().setURI(repo.dir().toUri().toString()).setBare(true)
          .setDirectory(temp.resolve("remotes/shop.git").toFile()).call().close();
      return base;
    }
  }

  private static RepositoryRecord connected(String url) {
    return new RepositoryRecord(1, "shop", url, false, null, "main", Instant.now());
  }

  /** Publishes the fix of {@code base} to the repository at {@code url} through its mirror; returns the commit. */
  private ObjectId publish(String url, RevCommit base, Optional<ObjectId> previous) {
    RepositoryRecord repository = connected(url);
    try (Repository git = new RepositoryMirrors(temp.resolve("mirrors")).open(repository, null)) {
      FixCommit fix = FixCommitTest.write(git, base.name(), FixCommitTest.DIFF);
      FixBranch.publish(git, repository, null, BRANCH, fix.id(), previous);
      return fix.id();
    }
  }

  /**
   * Asserts the remote's branch is the fix: one commit on the base whose diff is exactly the patch
   * (Git's own diff, without the index line and the hunk's function name, which the patch omits).
   */
  private static void assertHoldsExactlyThePatch(Path remote, RevCommit base, ObjectId fix) throws Exception {
    assertThat(GitCommand.run(remote, "rev-parse", BRANCH)).isEqualTo(fix.name() + "\n");
    assertThat(GitCommand.run(remote, "rev-list", "main.." + BRANCH)).isEqualTo(fix.name() + "\n");
    assertThat(GitCommand.run(remote, "diff", "--histogram", base.name(), BRANCH).replaceAll("(?m)^index .*\n", "")
        .replaceAll("(?m)^(@@ [^@]* @@).*$", "$1"))
        .isEqualTo(FixCommitTest.DIFF);
  }

  @Test
  void pushesTheBranchToABareRemoteOverFileUrls() throws Exception {
    RevCommit base = bareRemote();
    Path remote = temp.resolve("remotes/shop.git");

    ObjectId fix = publish(remote.toUri().toString(), base, Optional.empty());

    assertHoldsExactlyThePatch(remote, base, fix);
  }

  @Test
  void pushesTheBranchOverGitDaemon() throws Exception {
    RevCommit base = bareRemote();
    try (GitDaemon daemon = GitDaemon.serve(temp.resolve("remotes"))) {
      ObjectId fix = publish(daemon.url("shop.git"), base, Optional.empty());

      assertHoldsExactlyThePatch(temp.resolve("remotes/shop.git"), base, fix);
      assertThat(publish(daemon.url("shop.git"), base, Optional.empty())).as("publishing again changes nothing")
          .isEqualTo(fix);
    }
  }

  @Test
  void aBranchSomeoneElsePushedIsLeftAloneButVigilsOwnIsReplaced() throws Exception {
    RevCommit base = bareRemote();
    Path remote = temp.resolve("remotes/shop.git");
    GitCommand.run(remote, "branch", BRANCH, base.name());
    String url = remote.toUri().toString();

    assertThatThrownBy(() -> publish(url, base, Optional.empty()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.error()).isEqualTo("branch_exists");
          assertThat(e.getMessage()).startsWith("the branch " + BRANCH + " already exists and it holds commit "
              + base.name() + ", which Vigil did not push");
        });
    assertThat(GitCommand.run(remote, "rev-parse", BRANCH)).isEqualTo(base.name() + "\n");

    ObjectId fix = publish(url, base, Optional.of(base.getId()));

    assertHoldsExactlyThePatch(remote, base, fix);
  }

  @Test
  void createsTheBranchInPlaceInALocalRepositoryWithoutTouchingItsWorkTree() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("local"))) {
      RevCommit base = FixCommitTest.shop(repo);
      RepositoryRecord repository = connected(repo.dir().toString());
      Repository git = repo.git().getRepository();
      FixCommit fix = FixCommitTest.write(git, base.name(), FixCommitTest.DIFF);

      FixBranch.publish(git, repository, null, BRANCH, fix.id(), Optional.empty());

      assertHoldsExactlyThePatch(repo.dir(), base, fix.id());
      assertThat(GitCommand.run(repo.dir(), "symbolic-ref", "HEAD")).isEqualTo("refs/heads/main\n");
      assertThat(GitCommand.run(repo.dir(), "status", "--porcelain")).isEmpty();
    }
  }
}
