package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.secrets.TokenChecksums;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil review --release REF} prints the checklist and exits 0 only when every item is decided. */
class ReviewCommandTest {
  @TempDir Path dir;

  @Test
  void aReleaseStillCarryingAFindingFailsAndTheFixedHeadPasses() throws Exception {
    Path repo = dir.resolve("shop");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(repo.resolve("deploy"));
      Files.writeString(repo.resolve("deploy/bot.env"), "GH_TOKEN=" + TokenChecksums.fakeToken("ghp_", new Random(7)) + "\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("release 1.0").setAuthor("Lin", "lin@example.org").setCommitter("Lin", "lin@example.org").call();
      git.tag().setName("v1.0").call();
      git.rm().addFilepattern("deploy/bot.env").call();
      git.commit().setMessage("read the token from the vault").setAuthor("Lin", "lin@example.org")
          .setCommitter("Lin", "lin@example.org").call();
    }
    ScanResult scanned;
    try (Repository git = GitRepositories.open(repo)) {
      scanned = new CommitPass(AnalyzerRegistry.builtIn().all(), new InMemoryAnalysisCache(), PassOptions.defaults())
          .run(git, HistoryWindow.lastCommits("main", 10), ScanListener.NONE, () -> false);
    }
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", repo.toString(), scanned.findings(), i -> {});

    ScanCommandTest.Run release = ScanCommandTest.vigil("review", "--release", "v1.0", "--data", data.toString());
    ScanCommandTest.Run head = ScanCommandTest.vigil("review", "--release", "main", "--repository", "shop",
        "--data", data.toString());
    ScanCommandTest.Run unknown = ScanCommandTest.vigil("review", "--release", "v2.0", "--data", data.toString());

    assertThat(release.status()).as(release.err()).isEqualTo(1);
    assertThat(release.out()).startsWith("Release review of shop at v1.0 (")
        .contains("): 1 items, 0 decided, 1 to decide\n")
        .contains("[ ] #1 critical secrets.github-token deploy/bot.env:1 — in the release, no decision "
            + "(in release: yes; validated: not validated; owner: none; patch: none)\n");
    assertThat(head.status()).as(head.err()).isZero();
    assertThat(head.out()).contains("[x] #1 critical secrets.github-token deploy/bot.env:1 — not in the release");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("vigil: no commit 'v2.0' in repository shop\n");
  }
}
