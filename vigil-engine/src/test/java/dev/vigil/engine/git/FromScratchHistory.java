package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Compares a history pass of a project analyzer with a fresh session over each commit's tree. */
final class FromScratchHistory {
  private FromScratchHistory() {}

  /**
   * Asserts that for every finding of a fresh session at some commit, the pass has a finding with
   * the same rule, file and code whose first and last commits and number of commits agree, and
   * that the pass has no other findings.
   */
  static void assertPassMatchesAtEveryCommit(ProjectAnalyzer analyzer, Repository repository,
      List<RevCommit> oldestFirst, ScanResult result) throws IOException {
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      ProjectSession session = analyzer.openSession(new InMemoryAnalysisCache());
      try (TreeWalk tree = new TreeWalk(repository)) {
        tree.addTree(oldestFirst.get(i).getTree());
        tree.setRecursive(true);
        while (tree.next()) {
          if (!analyzer.reads(tree.getPathString())) continue;
          session.put(new AnalysisContext(tree.getPathString(), tree.getObjectId(0).name(),
              repository.open(tree.getObjectId(0)).getBytes()));
        }
      }
      for (List<Finding> found : session.analyse().findings().values()) {
        for (Finding f : found) {
          List<Integer> present = expected.computeIfAbsent(key(f), k -> new ArrayList<>());
          if (!present.contains(i)) present.add(i);
        }
      }
    }
    Map<String, String> expectedSummary = new TreeMap<>();
    expected.forEach((key, present) -> expectedSummary.put(key,
        summary(oldestFirst.get(present.get(0)).name(),
            present.get(present.size() - 1) == oldestFirst.size() - 1 ? null
                : oldestFirst.get(present.get(present.size() - 1) + 1).name(),
            present.size())));
    Map<String, String> actual = new TreeMap<>();
    for (TrackedFinding f : result.findings()) {
      actual.put(key(f.finding()), summary(f.introducedIn().sha(),
          f.fixedIn() == null ? null : f.fixedIn().sha(), f.commitsPresent()));
    }
    assertThat(actual).isEqualTo(expectedSummary);
  }

  private static String key(Finding f) {
    return f.ruleId() + " " + f.location().path() + " " + f.contextKey();
  }

  private static String summary(String introduced, String fixed, int commits) {
    return "introduced " + introduced + ", fixed " + fixed + ", in " + commits + " commits";
  }
}
