package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window may be a date range: the commits made from since to until, newest first. */
class DateWindowTest {
  @TempDir Path dir;

  @Test
  void aDateRangeCoversExactlyItsCommitsAndStartsAtTheNewestBeforeUntil() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "VULN:early\n").commit("01:00");
      RevCommit second = repo.write("b.txt", "VULN:inside\n").commit("02:00");
      RevCommit third = repo.write("a.txt", "clean\n").commit("03:00");
      RevCommit fourth = repo.write("c.txt", "x\n").commit("04:00");
      repo.write("d.txt", "VULN:later\n").commit("05:00");

      ScanResult result = new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
          PassOptions.defaults()).run(repo.repository(), HistoryWindow.between("main",
              Instant.parse("2024-01-01T02:00:00Z"), Instant.parse("2024-01-01T04:00:00Z")),
          ScanListener.NONE, () -> false);

      assertThat(result.commitsScanned()).isEqualTo(3);
      assertThat(result.head().sha()).isEqualTo(fourth.name());
      assertThat(result.findings()).extracting(f -> f.finding().location().path())
          .containsExactlyInAnyOrder("a.txt", "b.txt");
      TrackedFinding inside = result.findings().stream()
          .filter(f -> f.finding().location().path().equals("b.txt")).findFirst().orElseThrow();
      TrackedFinding early = result.findings().stream()
          .filter(f -> f.finding().location().path().equals("a.txt")).findFirst().orElseThrow();
      assertThat(inside.introducedIn().sha()).isEqualTo(second.name());
      assertThat(inside.presentAtHead()).isTrue();
      assertThat(early.fixedIn().sha()).isEqualTo(third.name());
    }
  }

  @Test
  void untilAloneTakesEveryCommitUpToItAndAnEmptyRangeSaysSo() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "one\n").commit("01:00");
      repo.write("a.txt", "two\n").commit("02:00");
      repo.write("a.txt", "three\n").commit("03:00");

      ScanResult upTo = new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
          PassOptions.defaults()).run(repo.repository(),
          HistoryWindow.between("main", null, Instant.parse("2024-01-01T02:30:00Z")), ScanListener.NONE, () -> false);

      assertThat(upTo.commitsScanned()).isEqualTo(2);
      assertThat(upTo.head().message()).isEqualTo("02:00");
      assertThatThrownBy(() -> new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
          PassOptions.defaults()).run(repo.repository(), HistoryWindow.between("main", null,
              Instant.parse("2023-12-31T00:00:00Z")), ScanListener.NONE, () -> false))
          .isInstanceOf(ScanInputException.class)
          .hasMessage("no commits in the window: commits of main until 2023-12-31T00:00:00Z");
      assertThatThrownBy(() -> HistoryWindow.between("main", Instant.parse("2024-02-01T00:00:00Z"),
          Instant.parse("2024-01-01T00:00:00Z")))
          .hasMessage("history window ends (2024-01-01T00:00:00Z) before it starts (2024-02-01T00:00:00Z)");
    }
  }
}
