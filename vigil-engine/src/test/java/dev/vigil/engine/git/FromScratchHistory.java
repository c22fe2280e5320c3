package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Compares a history pass with an analysis of each commit's tree from scratch: a fresh session of
 * the project analyzer, or any other whole-tree analysis.
 */
final class FromScratchHistory {
  private FromScratchHistory() {}

  /** The findings of one commit's tree, analysed from scratch. */
  interface Oracle {
    Collection<Finding> findingsAt(RevCommit commit) throws IOException;
  }

  /** Compares the pass with a fresh session of {@code analyzer} at each commit. */
  static void assertPassMatchesAtEveryCommit(ProjectAnalyzer analyzer, Repository repository,
      List<RevCommit> oldestFirst, ScanResult result) throws IOException {
    assertPassMatchesAtEveryCommit(commit -> {
      ProjectSession session = analyzer.openSession(new InMemoryAnalysisCache());
      files(repository, commit, analyzer::reads).forEach((path, file) ->
          session.put(new AnalysisContext(path, file.getKey(), file.getValue())));
      List<Finding> found = new ArrayList<>();
      session.analyse().findings().values().forEach(found::addAll);
      return found;
    }, oldestFirst, result);
  }

  /**
   * Asserts that for every finding {@code oracle} reports at some commit, the pass has a finding
   * with the same rule, file and code whose first and last commits and number of commits agree,
   * and that the pass has no other findings (nor any present in no commit).
   */
  static void assertPassMatchesAtEveryCommit(Oracle oracle, List<RevCommit> oldestFirst,
      ScanResult result) throws IOException {
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      for (Finding f : oracle.findingsAt(oldestFirst.get(i))) {
        List<Integer> present = expected.computeIfAbsent(key(f), k -> new ArrayList<>());
        if (!present.contains(i)) present.add(i);
      }
    }
    Map<String, String> expectedSummary = new TreeMap<>();
    expected.forEach((key, present) -> expectedSummary.put(key,
        summary(oldestFirst.get(present.get(0)).name(),
            present.get(present.size() - 1) == oldestFirst.size() - 1 ? null
                : oldestFirst.get(present.get(present.size() - 1) + 1).name(),
            present.size())));
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.commitsPresent()).isPositive());
    Map<String, String> actual = new TreeMap<>();
    for (TrackedFinding f : result.findings()) {
      actual.put(key(f.finding()), summary(f.introducedIn().sha(),
          f.fixedIn() == null ? null : f.fixedIn().sha(), f.commitsPresent()));
    }
    assertThat(actual).isEqualTo(expectedSummary);
  }

  /** Returns the files of {@code commit}'s tree whose paths {@code wanted} accepts: blob id and bytes. */
  static Map<String, Map.Entry<String, byte[]>> files(Repository repository, RevCommit commit,
      Predicate<String> wanted) throws IOException {
    Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if (!wanted.test(tree.getPathString())) continue;
        files.put(tree.getPathString(), Map.entry(tree.getObjectId(0).name(),
            repository.open(tree.getObjectId(0)).getBytes()));
      }
    }
    return files;
  }

  private static String key(Finding f) {
    return f.ruleId() + " " + f.location().path() + " " + f.contextKey();
  }

  private static String summary(String introduced, String fixed, int commits) {
    return "introduced " + introduced + ", fixed " + fixed + ", in " + commits + " commits";
  }
}
