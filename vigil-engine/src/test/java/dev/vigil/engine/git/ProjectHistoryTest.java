package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import dev.vigil.engine.analysis.java.taint.JavaProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history pass with a project analyzer: a finding that crosses files comes and goes at exactly
 * the commits where a whole-project analysis of each commit's tree finds it, even when the commit
 * changed another file than the one the finding is in.
 */
class ProjectHistoryTest {
  private static final String ENTRY = "src/app/web/Entry.java";
  private static final String SERVICE = "src/app/svc/Service.java";
  private static final String REPO = "src/app/data/Repo.java";
  private static final String CLEAN = "src/app/svc/Clean.java";

  /** Versions of each file; null means the file is absent. */
  private static final Map<String, List<String>> VARIANTS = Map.of(
      ENTRY, java.util.Arrays.asList(null, entry("Service.handle(request.getParameter(\"q\"));"),
          entry("Service.handle(\"constant\");"),
          entry("Service.handle(Clean.number(request.getParameter(\"q\")));"),
          entry("Service.handle(request.getParameter(\"q\")); Service.audit(request.getHeader(\"h\"));"),
          "package app.web; class Entry { void broken( }"),
      SERVICE, java.util.Arrays.asList(null,
          service("Repo.query(\"SELECT * FROM t WHERE v = '\" + v + \"'\");"),
          service("Repo.query(\"SELECT * FROM t WHERE v = '\" + Clean.number(v) + \"'\");"),
          service("Repo.query(\"SELECT 1\");"),
          service("Repo.run(v);"),
          service("last = v; Repo.query(\"SELECT 2\");")),
      REPO, java.util.Arrays.asList(null, repo("connection.createStatement().execute(sql);"),
          repo("connection.createStatement().execute(app.svc.Service.last);"),
          repo("connection.prepareStatement(\"SELECT 1\").execute();")),
      CLEAN, java.util.Arrays.asList(null,
          "package app.svc; public class Clean { public static String number(String v) {"
              + " return String.valueOf(Integer.parseInt(v)); } }",
          "package app.svc; public class Clean { public static String number(String v) {"
              + " return v.trim(); } }"));

  @TempDir Path dir;

  @Test
  void crossFileFindingFollowsTheCalleeThroughHistory() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(ENTRY, 1, SERVICE, 3, REPO, 1, CLEAN, 1), "safe service"));
      commits.add(apply(repo, Map.of(SERVICE, 1), "service builds SQL from its argument"));
      commits.add(apply(repo, Map.of(CLEAN, 2), "unrelated-looking helper change"));
      commits.add(apply(repo, Map.of(REPO, 2), "repository uses a prepared statement"));
      commits.add(apply(repo, Map.of(REPO, 1), "repository regresses"));
      ScanResult result = pass(repo.repository(), commits.size());

      List<TrackedFinding> sql = result.findings().stream()
          .filter(f -> f.finding().ruleId().equals("java.sql-injection")).toList();
      assertThat(sql).hasSize(1);
      TrackedFinding finding = sql.get(0);
      // Introduced when Service.java started passing its argument: Repo.java did not change then.
      assertThat(finding.finding().location().path()).isEqualTo(REPO);
      assertThat(finding.introducedIn().sha()).isEqualTo(commits.get(1).name());
      assertThat(finding.presentAtHead()).isTrue();
      assertThat(finding.commitsPresent()).isEqualTo(3);
      assertThat(finding.finding().evidence().get(0).location().path()).isEqualTo(ENTRY);
      assertPassMatchesProjectAnalysisAtEveryCommit(repo.repository(), commits, result);
    }
  }

  @Test
  void taintStoredInAFieldReachesReadersInFilesThatDoNotCallTheWriter() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(ENTRY, 1, SERVICE, 5, REPO, 2, CLEAN, 1), "field flow"));
      commits.add(apply(repo, Map.of(SERVICE, 3), "service stops storing its argument"));
      commits.add(apply(repo, Map.of(SERVICE, 5), "and starts again"));
      commits.add(apply(repo, Map.of(SERVICE, 3), "and stops again"));
      assertPassMatchesProjectAnalysisAtEveryCommit(repo.repository(), commits,
          pass(repo.repository(), commits.size()));
    }
  }

  @Test
  void crossFileFindingKeepsItsIdentityWhenItsFileIsRenamed() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      RevCommit first = apply(repo, Map.of(ENTRY, 1, SERVICE, 1, REPO, 1, CLEAN, 1), "flow");
      repo.move(REPO, "src/app/db/Repo.java");
      repo.commit("move the repository");
      apply(repo, Map.of(CLEAN, 2), "touch a helper");
      ScanResult result = pass(repo.repository(), 3);

      assertThat(result.findings()).hasSize(1);
      TrackedFinding finding = result.findings().get(0);
      assertThat(finding.finding().location().path()).isEqualTo("src/app/db/Repo.java");
      assertThat(finding.introducedIn().sha()).isEqualTo(first.name());
      assertThat(finding.commitsPresent()).isEqualTo(3);
    }
  }

  @Test
  void aFileThatDoesNotParseIsReportedAndTheRestOfTheProjectIsAnalysed() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      RevCommit broken = apply(repo, Map.of(ENTRY, 5, SERVICE, 1, REPO, 1, CLEAN, 1), "broken entry");
      apply(repo, Map.of(ENTRY, 1), "entry fixed");
      ScanResult result = pass(repo.repository(), 2);

      assertThat(result.findings()).singleElement().satisfies(f -> {
        assertThat(f.introducedIn().sha()).isNotEqualTo(broken.name());
        assertThat(f.commitsPresent()).isEqualTo(1);
      });
      assertThat(result.skipped()).singleElement().satisfies(skip -> {
        assertThat(skip.path()).isEqualTo(ENTRY);
        assertThat(skip.commitSha()).isEqualTo(broken.name());
        assertThat(skip.reason()).isEqualTo(SkippedFile.Reason.ANALYZER_ERROR);
        assertThat(skip.detail()).startsWith("java-taint: ").contains("does not parse");
      });
    }
  }

  @Test
  void aFileChangedBeforeItWasRenamedKeepsOneIdentityForEachFinding() throws Exception {
    String servlet = """
        package app;
        import javax.servlet.http.*;
        public class Tool extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
            Runtime.getRuntime().exec(%s);
          }
        }
        """;
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("src/app/Tool.java", servlet.formatted("request.getParameter(\"a\")")).commit("first");
      repo.write("src/app/Tool.java", servlet.formatted("request.getParameter(\"b\")")).commit("second");
      repo.move("src/app/Tool.java", "src/app/tools/Tool.java");
      repo.commit("move");
      ScanResult result = pass(repo.repository(), 3);

      assertThat(result.findings()).extracting(f -> f.finding().location().path() + " "
          + f.commitsPresent()).containsExactlyInAnyOrder("src/app/tools/Tool.java 1",
          "src/app/tools/Tool.java 2");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void randomHistoriesMatchAWholeProjectAnalysisOfEachCommit(long seed) throws Exception {
    Random random = new Random(seed);
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(ENTRY, 1, SERVICE, 1, REPO, 1, CLEAN, 1), "start"));
      List<String> files = List.copyOf(new TreeMap<>(VARIANTS).keySet());
      for (int i = 0; i < 30; i++) {
        Map<String, Integer> change = new HashMap<>();
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          String file = files.get(random.nextInt(files.size()));
          change.put(file, random.nextInt(VARIANTS.get(file).size()));
        }
        change.put("src/app/Noise" + i + ".java", 0);
        commits.add(apply(repo, change, "commit " + i));
      }
      ScanResult result = pass(repo.repository(), commits.size());
      assertPassMatchesProjectAnalysisAtEveryCommit(repo.repository(), commits, result);
    }
  }

  @Test
  void aPassResumedFromACheckpointFindsWhatAnUninterruptedOneFinds() throws Exception {
    Random random = new Random(11);
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(ENTRY, 1, SERVICE, 1, REPO, 1, CLEAN, 1), "start"));
      List<String> files = List.copyOf(new TreeMap<>(VARIANTS).keySet());
      for (int i = 0; i < 20; i++) {
        String file = files.get(random.nextInt(files.size()));
        commits.add(apply(repo, Map.of(file, random.nextInt(VARIANTS.get(file).size())), "commit " + i));
      }
      HistoryWindow window = HistoryWindow.lastCommits("main", commits.size());
      ScanResult whole = pass(repo.repository(), commits.size());

      List<ScanCheckpoint> checkpoints = new ArrayList<>();
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      ScanListener listener = new ScanListener() {
        @Override public void progress(ScanProgress progress) {
          done.incrementAndGet();
        }

        @Override public void checkpoint(ScanCheckpoint checkpoint) {
          checkpoints.add(checkpoint);
        }
      };
      CommitPass pass = new CommitPass(List.of(JavaTaintAnalyzer.withBuiltInModels()),
          new InMemoryAnalysisCache(), PassOptions.defaults().withCheckpointEvery(5));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> pass.run(repo.repository(), window,
          listener, () -> done.get() >= 12)).isInstanceOf(ScanCancelledException.class);
      ScanResult resumed = pass.resume(repo.repository(), checkpoints.get(checkpoints.size() - 1),
          ScanListener.NONE, () -> false);

      assertThat(whole.findings()).isNotEmpty();
      assertThat(resumed.findings()).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyInAnyOrderElementsOf(whole.findings());
    }
  }

  /** Compares the pass with the project API's whole-project analysis of each commit's tree. */
  private static void assertPassMatchesProjectAnalysisAtEveryCommit(Repository repository,
      List<RevCommit> oldestFirst, ScanResult result) throws IOException {
    FromScratchHistory.assertPassMatchesAtEveryCommit(commit -> {
      Map<String, String> sources = new LinkedHashMap<>();
      FromScratchHistory.files(repository, commit, path -> path.endsWith(".java")).forEach((path, file) ->
          sources.put(path, new String(file.getValue(), StandardCharsets.UTF_8)));
      return JavaProject.of(sources).findings();
    }, oldestFirst, result);
  }

  private ScanResult pass(Repository repository, int commits) {
    return new CommitPass(List.of(JavaTaintAnalyzer.withBuiltInModels()), new InMemoryAnalysisCache(),
        PassOptions.defaults()).run(repository, HistoryWindow.lastCommits("main", commits),
        ScanListener.NONE, () -> false);
  }

  /** Sets each file to a variant (or a noise file when not one of the variants) and commits. */
  private static RevCommit apply(TestRepo repo, Map<String, Integer> variants, String message)
      throws IOException, GitAPIException {
    for (var change : variants.entrySet()) {
      List<String> versions = VARIANTS.get(change.getKey());
      String text = versions == null
          ? "package app; class Noise { int n = " + change.getValue() + "; }"
          : versions.get(change.getValue());
      if (text != null) {
        repo.write(change.getKey(), text);
      } else if (java.nio.file.Files.exists(repo.dir().resolve(change.getKey()))) {
        repo.delete(change.getKey());
      }
    }
    return repo.commit(message);
  }

  /** Returns a version of the file with {@code body} in it; shared with other history tests. */
  static String entry(String body) {
    return """
        package app.web;
        import app.svc.Clean;
        import app.svc.Service;
        import javax.servlet.http.*;
        public class Entry extends HttpServlet {
          protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            %s
          }
        }
        """.formatted(body);
  }

  /** Returns a version of the file with {@code body} in it; shared with other history tests. */
  static String service(String body) {
    return """
        package app.svc;
        import app.data.Repo;
        public class Service {
          public static String last = "";
          public static void handle(String v) {
            %s
          }
          public static void audit(String v) {
            Repo.query("SELECT * FROM audit WHERE h = '" + v + "'");
          }
        }
        """.formatted(body);
  }

  /** Returns a version of the file with {@code body} in it; shared with other history tests. */
  static String repo(String body) {
    return """
        package app.data;
        import java.sql.*;
        public class Repo {
          private static Connection connection;
          public static void query(String sql) throws SQLException {
            %s
          }
          public static void run(String command) throws java.io.IOException {
            Runtime.getRuntime().exec(command);
          }
        }
        """.formatted(body);
  }
}
