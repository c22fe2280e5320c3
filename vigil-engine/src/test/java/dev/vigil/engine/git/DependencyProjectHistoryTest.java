package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dependency findings whose versions come from another file (a parent pom, a BOM, {@code
 * gradle.properties}) come and go at exactly the commits where a from-scratch analysis of each
 * commit's tree finds them, even when the commit changed only that other file.
 */
class DependencyProjectHistoryTest {
  private static final String PARENT = "pom.xml";
  private static final String CHILD = "app/pom.xml";
  private static final String BOM = "bom/pom.xml";
  private static final String PROPERTIES = "gradle.properties";
  private static final String BUILD = "lib/build.gradle";
  private static final String LOG4J = "org.apache.logging.log4j:log4j-core";

  private static final Map<String, List<String>> VARIANTS = Map.of(
      PARENT, Arrays.asList(null, pom("parent", null, managed(LOG4J, "2.15.0")),
          pom("parent", null, managed(LOG4J, "2.14.1")),
          pom("parent", null, "<properties><log4j.version>2.14.1</log4j.version></properties>"),
          pom("parent", "child", "")),
      CHILD, Arrays.asList(null, pom("app", "parent", uses(null)),
          pom("app", "parent", uses("${log4j.version}")),
          pom("app", "parent", "<dependencyManagement><dependencies><dependency><groupId>g</groupId>"
              + "<artifactId>bom</artifactId><version>1</version><type>pom</type><scope>import</scope>"
              + "</dependency></dependencies></dependencyManagement>" + uses(null)),
          pom("child", "parent", uses(null))),
      BOM, Arrays.asList(null, pom("bom", null, managed(LOG4J, "2.14.1")),
          pom("bom", "bom", managed(LOG4J, "2.14.1"))),
      PROPERTIES, Arrays.asList(null, "log4jVersion=2.14.1\n", "log4jVersion=2.17.1\n", "x=\\u00"),
      BUILD, Arrays.asList(null,
          "dependencies {\n  implementation \"" + LOG4J + ":$log4jVersion\"\n}\n"));

  @TempDir Path dir;

  @Test
  void childFindingFollowsItsParentThroughHistory() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(PARENT, 1, CHILD, 1), "parent manages a fixed log4j"));
      commits.add(apply(repo, Map.of(PARENT, 2), "parent downgrades log4j"));
      commits.add(apply(repo, Map.of(BUILD, 1), "unrelated build"));
      commits.add(apply(repo, Map.of(PARENT, 1), "parent upgrades again"));
      ScanResult result = pass(repo.repository(), commits.size());

      List<TrackedFinding> child = result.findings().stream()
          .filter(f -> f.finding().location().path().equals(CHILD)).toList();
      assertThat(child).singleElement().satisfies(finding -> {
        assertThat(finding.introducedIn().sha()).isEqualTo(commits.get(1).name());
        assertThat(finding.fixedIn().sha()).isEqualTo(commits.get(3).name());
        assertThat(finding.commitsPresent()).isEqualTo(2);
      });
      assertPassMatchesFromScratchAnalysisAtEveryCommit(repo.repository(), commits, result);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void randomHistoriesMatchAFromScratchAnalysisOfEachCommit(long seed) throws Exception {
    Random random = new Random(seed);
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(PARENT, 1, CHILD, 1, BOM, 1, PROPERTIES, 1, BUILD, 1), "start"));
      List<String> files = List.copyOf(new TreeMap<>(VARIANTS).keySet());
      for (int i = 0; i < 30; i++) {
        Map<String, Integer> change = new HashMap<>();
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          String file = files.get(random.nextInt(files.size()));
          change.put(file, random.nextInt(VARIANTS.get(file).size()));
        }
        change.put("notes/n" + i + "/requirements.txt", 0);
        commits.add(apply(repo, change, "commit " + i));
      }
      assertPassMatchesFromScratchAnalysisAtEveryCommit(repo.repository(), commits,
          pass(repo.repository(), commits.size()));
    }
  }

  private static void assertPassMatchesFromScratchAnalysisAtEveryCommit(Repository repository,
      List<RevCommit> oldestFirst, ScanResult result) throws IOException {
    FromScratchHistory.assertPassMatchesAtEveryCommit(analyzer(), repository, oldestFirst, result);
  }

  private static DependencyAnalyzer analyzer() {
    try {
      return new DependencyAnalyzer(AdvisoryDatabase.load(
          Path.of(DependencyProjectHistoryTest.class.getClassLoader().getResource("osv").toURI())));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private ScanResult pass(Repository repository, int commits) {
    return new CommitPass(List.of(analyzer()), new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repository, HistoryWindow.lastCommits("main", commits), ScanListener.NONE, () -> false);
  }

  /** Sets each file to a variant (or a noise file when not one of the variants) and commits. */
  private static RevCommit apply(TestRepo repo, Map<String, Integer> variants, String message)
      throws Exception {
    for (var change : variants.entrySet()) {
      List<String> versions = VARIANTS.get(change.getKey());
      String text = versions == null ? "# noise\n" : versions.get(change.getValue());
      if (text != null) {
        repo.write(change.getKey(), text);
      } else if (Files.exists(repo.dir().resolve(change.getKey()))) {
        repo.delete(change.getKey());
      }
    }
    return repo.commit(message);
  }

  /** Returns a pom {@code g:artifact:1} with parent {@code g:parent:1} (or none) and {@code body}. */
  private static String pom(String artifact, String parent, String body) {
    return "<project>\n"
        + (parent == null ? "" : "  <parent><groupId>g</groupId><artifactId>" + parent
            + "</artifactId><version>1</version></parent>\n")
        + "  <groupId>g</groupId><artifactId>" + artifact + "</artifactId><version>1</version>\n"
        + "  " + body + "\n</project>\n";
  }

  private static String managed(String key, String version) {
    String[] ga = key.split(":");
    return "<dependencyManagement><dependencies><dependency><groupId>" + ga[0] + "</groupId>"
        + "<artifactId>" + ga[1] + "</artifactId><version>" + version + "</version></dependency>"
        + "<dependency><groupId>g</groupId><artifactId>bom</artifactId><version>1</version>"
        + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>";
  }

  private static String uses(String version) {
    return "<dependencies><dependency><groupId>org.apache.logging.log4j</groupId>"
        + "<artifactId>log4j-core</artifactId>"
        + (version == null ? "" : "<version>" + version + "</version>") + "</dependency></dependencies>";
  }
}
