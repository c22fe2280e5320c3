package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitPassTest {
  @TempDir Path dir;
  MarkerAnalyzer analyzer;
  InMemoryAnalysisCache cache;
  TestRepo repo;

  @BeforeEach
  void setUp() throws Exception {
    analyzer = new MarkerAnalyzer();
    cache = new InMemoryAnalysisCache();
    repo = TestRepo.init(dir);
  }

  ScanResult scan(HistoryWindow window) {
    return pass(PassOptions.defaults()).run(repo.repository(), window, ScanListener.NONE, () -> false);
  }

  CommitPass pass(PassOptions options) {
    return new CommitPass(List.of(analyzer), cache, options);
  }

  @Test
  void findingRemovedThreeCommitsLaterIsOneFindingWithExactCommits() throws Exception {
    repo.write("README.md", "hello\n").commit("first");
    RevCommit added = repo.write("config.txt", "a\nVULN:secret\nb\n").commit("add config");
    repo.write("other.txt", "x\n").commit("two");
    repo.write("other.txt", "y\n").commit("three");
    RevCommit removed = repo.write("config.txt", "a\nb\n").commit("remove the secret");
    repo.write("other.txt", "z\n").commit("after");

    ScanResult result = scan(HistoryWindow.lastCommits("main", 100));

    assertThat(result.findings()).hasSize(1);
    TrackedFinding finding = result.findings().get(0);
    assertThat(finding.introducedIn().sha()).isEqualTo(added.name());
    assertThat(finding.introducedIn().message()).isEqualTo("add config");
    assertThat(finding.introducedIn().author()).isEqualTo("Ada Lovelace <ada@example.org>");
    assertThat(finding.fixedIn().sha()).isEqualTo(removed.name());
    assertThat(finding.presentAtHead()).isFalse();
    assertThat(finding.commitsPresent()).isEqualTo(3);
    assertThat(finding.finding().location().line()).isEqualTo(2);
    assertThat(result.commitsScanned()).isEqualTo(6);
  }

  @Test
  void blobSharedByFiftyCommitsIsAnalysedOnce() throws Exception {
    String shared = "shared\nVULN:token\n";
    repo.write("a.txt", shared).commit("root");
    for (int i = 0; i < 50; i++) {
      repo.write("copies/copy-" + i + ".txt", shared).write("counter.txt", "n=" + i + "\n")
          .commit("commit " + i);
    }
    String sharedId = repo.repository().newObjectInserter().idFor(
        org.eclipse.jgit.lib.Constants.OBJ_BLOB, shared.getBytes()).name();

    ScanResult result = scan(HistoryWindow.lastCommits("main", 1000));

    assertThat(analyzer.runsByBlob.get(sharedId)).isEqualTo(1);
    assertThat(result.stats().cacheHits()).isGreaterThanOrEqualTo(50);
    assertThat(result.stats().analyzerRuns()).isEqualTo(analyzer.totalRuns());
    // 51 files carry the token: one identity per path, all present since their own commit.
    assertThat(result.findings()).hasSize(51).allMatch(TrackedFinding::presentAtHead);
  }

  @Test
  void findingFollowsARenameAndAMoveWithinTheFile() throws Exception {
    RevCommit added = repo.write("src/Old.java", "class A {\n  // VULN:sqli\n}\n").commit("add");
    repo.move("src/Old.java", "src/New.java").commit("rename");
    repo.write("src/New.java", "class A {\n\n\n  int x;\n  // VULN:sqli\n}\n").commit("shift");

    ScanResult result = scan(HistoryWindow.lastCommits("main", 10));

    assertThat(result.findings()).hasSize(1);
    TrackedFinding finding = result.findings().get(0);
    assertThat(finding.finding().location().path()).isEqualTo("src/New.java");
    assertThat(finding.finding().location().line()).isEqualTo(5);
    assertThat(finding.introducedIn().sha()).isEqualTo(added.name());
    assertThat(finding.presentAtHead()).isTrue();
    assertThat(finding.fixedIn()).isNull();
    assertThat(finding.sightings()).extracting(Sighting::path)
        .contains("src/Old.java", "src/New.java");
  }

  @Test
  void reintroducedFindingKeepsItsOldestCommitAndIsOpen() throws Exception {
    RevCommit first = repo.write("a.txt", "VULN:x\n").commit("add");
    repo.write("a.txt", "clean\n").commit("fix");
    repo.write("a.txt", "VULN:x\n").commit("regress");

    TrackedFinding finding = scan(HistoryWindow.lastCommits("main", 10)).findings().get(0);

    assertThat(finding.introducedIn().sha()).isEqualTo(first.name());
    assertThat(finding.fixedIn()).isNull();
    assertThat(finding.presentAtHead()).isTrue();
    assertThat(finding.commitsPresent()).isEqualTo(2);
  }

  @Test
  void deletedFileFindingIsFixedByTheDeletingCommit() throws Exception {
    repo.write("keep.txt", "k\n").commit("root");
    RevCommit added = repo.write("leak.txt", "VULN:key\n").commit("add leak");
    RevCommit deleted = repo.delete("leak.txt").commit("delete leak");

    TrackedFinding finding = scan(HistoryWindow.lastCommits("main", 10)).findings().get(0);

    assertThat(finding.introducedIn().sha()).isEqualTo(added.name());
    assertThat(finding.fixedIn().sha()).isEqualTo(deleted.name());
    assertThat(finding.finding().location().path()).isEqualTo("leak.txt");
  }

  @Test
  void windowStartsAtItsOldestCommit() throws Exception {
    repo.write("a.txt", "VULN:old\n").commit("old");
    repo.write("b.txt", "1\n").commit("b1");
    RevCommit oldestInWindow = repo.write("b.txt", "2\n").commit("b2");
    repo.write("b.txt", "3\n").commit("b3");

    ScanResult result = scan(HistoryWindow.lastCommits("main", 2));

    assertThat(result.commitsScanned()).isEqualTo(2);
    assertThat(result.findings().get(0).introducedIn().sha()).isEqualTo(oldestInWindow.name());
  }

  @Test
  void sinceWindowStopsAtTheDate() throws Exception {
    repo.write("a.txt", "1\n").commit("one"); // 01:00
    repo.write("a.txt", "2\n").commit("two"); // 02:00
    repo.write("a.txt", "3\n").commit("three"); // 03:00

    ScanResult result = scan(HistoryWindow.since("main", Instant.parse("2024-01-01T01:30:00Z")));

    assertThat(result.commitsScanned()).isEqualTo(2);
  }

  @Test
  void mergeIsWalkedAlongItsFirstParent() throws Exception {
    repo.write("a.txt", "base\n").commit("base");
    repo.git().branchCreate().setName("feature").call();
    repo.write("a.txt", "main side\n").commit("main side");
    repo.git().checkout().setName("feature").call();
    repo.write("f.txt", "VULN:feature\n").commit("feature side");
    repo.git().checkout().setName("main").call();
    RevCommit merge = repo.git().merge().include(repo.repository().resolve("feature"))
        .setMessage("merge feature").call().getNewHead() == null ? null
        : repo.repository().parseCommit(repo.repository().resolve("HEAD"));

    ScanResult result = scan(HistoryWindow.lastCommits("main", 10));

    assertThat(merge).isNotNull();
    assertThat(result.commitsScanned()).isEqualTo(3);
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).introducedIn().sha()).isEqualTo(merge.name());
  }

  @Test
  void resumedPassEqualsAnUninterruptedOneWithoutReanalysis() throws Exception {
    for (int i = 0; i < 30; i++) {
      String content = i % 7 == 3 ? "VULN:v" + i + "\n" : "line " + i + "\n";
      repo.write("f" + (i % 4) + ".txt", content).commit("c" + i);
    }
    HistoryWindow window = HistoryWindow.lastCommits("main", 100);
    ScanResult whole = new CommitPass(List.of(new MarkerAnalyzer()), new InMemoryAnalysisCache(),
        PassOptions.defaults()).run(repo.repository(), window, ScanListener.NONE, () -> false);

    List<ScanCheckpoint> checkpoints = new ArrayList<>();
    AtomicInteger progressCalls = new AtomicInteger();
    ScanListener listener = new ScanListener() {
      @Override public void progress(ScanProgress progress) {
        progressCalls.incrementAndGet();
      }

      @Override public void checkpoint(ScanCheckpoint checkpoint) {
        checkpoints.add(checkpoint);
      }
    };
    CommitPass pass = pass(PassOptions.defaults().withCheckpointEvery(4));
    assertThatThrownBy(() -> pass.run(repo.repository(), window, listener,
        () -> progressCalls.get() >= 13))
        .isInstanceOf(ScanCancelledException.class);
    int runsBeforeCrash = analyzer.totalRuns();
    ScanCheckpoint last = checkpoints.get(checkpoints.size() - 1);
    assertThat(last.commitsDone()).isEqualTo(12);

    ScanResult resumed = pass.resume(repo.repository(), last, ScanListener.NONE, () -> false);

    assertThat(resumed.findings()).usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(whole.findings());
    assertThat(analyzer.runsByBlob.values()).allMatch(runs -> runs == 1);
    assertThat(analyzer.totalRuns()).isGreaterThan(runsBeforeCrash);
  }

  @Test
  void binaryOversizedSymlinkAndCrashingFilesAreReported() throws Exception {
    repo.write("bin.dat", new byte[] {1, 0, 2, 0, 3})
        .write("big.txt", "x".repeat(5000))
        .write("boom.txt", "CRASH\n")
        .write("ok.txt", "VULN:fine\n");
    java.nio.file.Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("/etc/passwd"));
    repo.commit("hostile");

    ScanResult result = pass(PassOptions.defaults().withMaxBlobBytes(1000))
        .run(repo.repository(), HistoryWindow.lastCommits("main", 5), ScanListener.NONE, () -> false);

    assertThat(result.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("bin.dat", SkippedFile.Reason.BINARY),
            org.assertj.core.groups.Tuple.tuple("big.txt", SkippedFile.Reason.TOO_LARGE),
            org.assertj.core.groups.Tuple.tuple("boom.txt", SkippedFile.Reason.ANALYZER_ERROR),
            org.assertj.core.groups.Tuple.tuple("link.txt", SkippedFile.Reason.SYMLINK));
    assertThat(result.findings()).extracting(f -> f.finding().location().path())
        .containsExactly("ok.txt");
  }

  @Test
  void provisionalFindingsShowTheHeadFirstAndEndAsTheFinalOnes() throws Exception {
    RevCommit added = repo.write("a.txt", "VULN:early\n").commit("add");
    for (int i = 0; i < 6; i++) repo.write("b.txt", "v" + i + "\n").commit("c" + i);
    List<List<TrackedFinding>> snapshots = new ArrayList<>();

    ScanResult result = pass(PassOptions.defaults().withCheckpointEvery(3)).run(repo.repository(),
        HistoryWindow.lastCommits("main", 10), new ScanListener() {
          @Override public void provisionalFindings(List<TrackedFinding> findings) {
            snapshots.add(findings);
          }
        }, () -> false);

    assertThat(snapshots).hasSize(3); // after the head, then at commits 3 and 6
    TrackedFinding atHead = snapshots.get(0).get(0);
    assertThat(atHead.introducedIn().sha()).isEqualTo(result.head().sha());
    assertThat(atHead.commitsPresent()).isEqualTo(1);
    assertThat(result.findings().get(0).introducedIn().sha()).isEqualTo(added.name());
    assertThat(result.findings().get(0).fingerprint()).isEqualTo(atHead.fingerprint());
  }

  @Test
  void pathScopeLimitsWhatIsAnalysed() throws Exception {
    repo.write("src/main/App.txt", "VULN:inside\n").write("docs/guide.txt", "VULN:outside\n")
        .write("srcnot/x.txt", "VULN:lookalike\n").commit("both");

    ScanResult result = pass(PassOptions.defaults().withScope(PathScope.parse(" ./src/ , config")))
        .run(repo.repository(), HistoryWindow.lastCommits("main", 5), ScanListener.NONE, () -> false);

    assertThat(result.findings()).extracting(f -> f.finding().location().path())
        .containsExactly("src/main/App.txt");
  }

  @Test
  void progressReachesTheTotal() throws Exception {
    for (int i = 0; i < 5; i++) repo.write("a.txt", "v" + i + "\n").commit("c" + i);
    List<ScanProgress> events = new ArrayList<>();

    pass(PassOptions.defaults()).run(repo.repository(), HistoryWindow.lastCommits("main", 3),
        new ScanListener() {
          @Override public void progress(ScanProgress progress) {
            events.add(progress);
          }
        }, () -> false);

    assertThat(events).extracting(ScanProgress::commitsDone).containsExactly(1, 2, 3);
    assertThat(events.get(2).commitsTotal()).isEqualTo(3);
    assertThat(events.get(2).eta()).isEqualTo(java.time.Duration.ZERO);
  }

  @Test
  void unknownBranchNamesTheBranchesThatExist() throws Exception {
    repo.write("a.txt", "a\n").commit("one");

    assertThatThrownBy(() -> scan(HistoryWindow.lastCommits("mian", 5)))
        .isInstanceOf(ScanInputException.class)
        .hasMessage("unknown branch 'mian': the repository has main");
  }

  @Test
  void emptyRepositoryIsABadInput() {
    assertThatThrownBy(() -> scan(HistoryWindow.lastCommits("main", 5)))
        .isInstanceOf(ScanInputException.class)
        .hasMessageContaining("is empty: it has no commits");
  }

  @Test
  void windowMustBePositiveAndInThePast() {
    assertThatThrownBy(() -> HistoryWindow.lastCommits("main", 0))
        .hasMessage("history window must be at least 1 commit, got 0");
    assertThatThrownBy(() -> HistoryWindow.since("main", Instant.now().plusSeconds(86_400)))
        .hasMessageContaining("is in the future");
  }
}
