package dev.vigil.cli.bench.realworld;

import dev.vigil.cli.bench.realrepo.CaseRepositories;
import dev.vigil.cli.bench.realrepo.CommitScans;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.git.ScanInputException;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Runs the history pass over the window of first-parent commits ending at a case's fix commit and
 * tells whether a finding of the case's CWE in a patched file names the fix commit as fixed-in.
 */
public final class RealWorldScanner {
  private final CommitScans scans;
  private final int windowCommits;

  /** Creates a scanner that runs {@code scans} over windows of {@code windowCommits} commits. */
  public RealWorldScanner(CommitScans scans, int windowCommits) {
    if (windowCommits < 2) throw new IllegalArgumentException("--window must be at least 2, got " + windowCommits);
    this.scans = scans;
    this.windowCommits = windowCommits;
  }

  /** Returns the outcome of {@code realCase} in {@code repository}, analysing through {@code cache}. */
  public CaseOutcome assess(RealWorldCase realCase, Repository repository, AnalysisCache cache) {
    RevCommit fix = CaseRepositories.commit(repository, realCase.id(), realCase.fix());
    Set<String> changed = changedPaths(repository, fix, realCase.id());
    List<String> notChanged = realCase.files().stream().filter(f -> !changed.contains(f)).toList();
    ScanResult result = scans.window(repository, fix, windowCommits, cache);
    List<TrackedFinding> matches = result.findings().stream()
        .filter(f -> CaseOutcome.matches(realCase, f)).toList();
    List<TrackedFinding> closedElsewhere = result.findings().stream()
        .filter(f -> CaseOutcome.closedBy(f, fix.name()) && !CaseOutcome.matches(realCase, f)).toList();
    List<SkippedFile> skipped = result.skipped().stream()
        .filter(s -> realCase.files().contains(s.path())).toList();
    return new CaseOutcome(realCase, CaseOutcome.statusOf(realCase, matches), matches, closedElsewhere,
        notChanged, skipped, result.commitsScanned());
  }

  /** Returns the paths {@code commit} changes against its first parent (all of them for a root). */
  static Set<String> changedPaths(Repository repository, RevCommit commit, String caseName) {
    Set<String> paths = new HashSet<>();
    try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
      if (commit.getParentCount() == 0) {
        tree.addTree(new EmptyTreeIterator());
      } else {
        tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
      }
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      tree.setFilter(TreeFilter.ANY_DIFF);
      while (tree.next()) paths.add(tree.getPathString());
    } catch (IOException e) {
      throw new ScanInputException(caseName + ": cannot read the change of " + commit.name()
          + ": " + e.getMessage(), e);
    }
    return paths;
  }
}
