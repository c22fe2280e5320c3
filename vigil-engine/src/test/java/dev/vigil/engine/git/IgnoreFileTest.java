package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.report.ScanSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .vigilignore} keeps paths out of analysis at every commit and says what it skipped. */
class IgnoreFileTest {
  @TempDir Path dir;

  private static ScanResult scan(TestRepo repo) {
    return new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repo.repository(), HistoryWindow.lastCommits("main", 100), ScanListener.NONE, () -> false);
  }

  private static List<String> paths(ScanResult result) {
    return result.findings().stream().map(f -> f.finding().location().path()).sorted().toList();
  }

  @Test
  void theHeadsIgnoreFileKeepsPathsOutAtEveryCommitOfTheWindow() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write("src/app.txt", "VULN:app\n").write("vendor/lib/a.txt", "VULN:vendored\n")
          .write("test/fixtures/key.txt", "VULN:fixture\n").commit("start");
      repo.write("vendor/lib/old.txt", "VULN:gone\n").commit("vendored file");
      repo.delete("vendor/lib/old.txt").commit("vendored file removed");
      repo.write(".vigilignore", "# third-party and fixtures\nvendor/\ntest/fixtures/\n!test/fixtures/real.txt\n")
          .write("test/fixtures/real.txt", "VULN:real\n").commit("ignore vendored code");

      ScanResult result = scan(repo);

      assertThat(paths(result)).containsExactly("src/app.txt", "test/fixtures/real.txt");
      assertThat(result.skipped()).filteredOn(s -> s.reason() == SkippedFile.Reason.IGNORED)
          .extracting(SkippedFile::path, SkippedFile::detail)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("vendor/lib/a.txt", "matches 'vendor/'"),
              org.assertj.core.groups.Tuple.tuple("test/fixtures/key.txt", "matches 'test/fixtures/'"),
              org.assertj.core.groups.Tuple.tuple("vendor/lib/old.txt", "matches 'vendor/'"));
      assertThat(ScanSummary.of(result).line()).endsWith("3 files skipped (3 by .vigilignore).");
    }
  }

  @Test
  void withoutTheFileEveryPathIsAnalysed() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write("vendor/lib/a.txt", "VULN:vendored\n").commit("start");

      ScanResult result = scan(repo);

      assertThat(paths(result)).containsExactly("vendor/lib/a.txt");
      assertThat(result.skipped()).isEmpty();
    }
  }

  @Test
  void resumedPassSkipsTheSameFilesAsAnUninterruptedOne() throws Exception {
    try (TestRepo repo = TestRepo.init(dir.resolve("repo"))) {
      repo.write(".vigilignore", "*.gen.txt\n").commit("ignore generated");
      for (int i = 0; i < 12; i++) {
        repo.write("f" + i + ".gen.txt", "VULN:g" + i + "\n").write("f" + (i % 3) + ".txt", "VULN:v" + i + "\n")
            .commit("c" + i);
      }
      HistoryWindow window = HistoryWindow.lastCommits("main", 100);
      ScanResult whole = scan(repo);
      List<ScanCheckpoint> checkpoints = new java.util.ArrayList<>();
      CommitPass pass = new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
          PassOptions.defaults().withCheckpointEvery(4));
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      ScanListener listener = new ScanListener() {
        @Override public void progress(ScanProgress progress) {
          done.incrementAndGet();
        }

        @Override public void checkpoint(ScanCheckpoint checkpoint) {
          checkpoints.add(checkpoint);
        }
      };
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass.run(repo.repository(), window, listener,
          () -> done.get() >= 9)).isInstanceOf(ScanCancelledException.class);

      ScanResult resumed = pass.resume(repo.repository(), checkpoints.get(checkpoints.size() - 1),
          ScanListener.NONE, () -> false);

      assertThat(paths(resumed)).isEqualTo(paths(whole)).isNotEmpty().allMatch(path -> !path.endsWith(".gen.txt"));
      assertThat(resumed.skipped()).containsExactlyInAnyOrderElementsOf(whole.skipped()).hasSize(12);
    }
  }

  @Test
  void aTreeScanReadsTheFolderIgnoreFile() throws Exception {
    Path folder = dir.resolve("tree");
    Files.createDirectories(folder.resolve("third_party"));
    Files.writeString(folder.resolve(".vigilignore"), "third_party\n");
    Files.writeString(folder.resolve("third_party/x.txt"), "VULN:x\n");
    Files.writeString(folder.resolve("main.txt"), "VULN:main\n");

    ScanResult result = new TreeScan(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
        PassOptions.defaults()).run(folder);

    assertThat(paths(result)).containsExactly("main.txt");
    assertThat(result.skipped()).singleElement().satisfies(skipped -> {
      assertThat(skipped.path()).isEqualTo("third_party/x.txt");
      assertThat(skipped.reason()).isEqualTo(SkippedFile.Reason.IGNORED);
      assertThat(skipped.detail()).isEqualTo("matches 'third_party'");
    });
  }
}
