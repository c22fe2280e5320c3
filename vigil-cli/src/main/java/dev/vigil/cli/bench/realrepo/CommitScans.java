package dev.vigil.cli.bench.realrepo;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanInputException;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Runs the history pass of {@code vigil scan} from the Git objects of a fetched repository: over a
 * window of first-parent commits ending at a given commit, or over that commit's tree alone.
 */
public final class CommitScans {
  private final List<Analyzer> analyzers;

  /** Creates scans that run {@code analyzers}. */
  public CommitScans(List<Analyzer> analyzers) {
    this.analyzers = List.copyOf(analyzers);
  }

  /** Returns the analyzers the scans run. */
  public List<Analyzer> analyzers() {
    return analyzers;
  }

  /**
   * Returns the pass over the {@code commits} first-parent commits ending at {@code newest};
   * blobs already in {@code cache} are not analysed again.
   */
  public ScanResult window(Repository repository, RevCommit newest, int commits, AnalysisCache cache) {
    return new CommitPass(analyzers, cache, PassOptions.defaults())
        .run(repository, HistoryWindow.lastCommits(newest.name(), commits), ScanListener.NONE, () -> false);
  }

  /** Returns the lines of main code in the tree of {@code commit}, naming {@code caseName} on failure. */
  public static long mainLines(Repository repository, RevCommit commit, String caseName) {
    try (ObjectReader reader = repository.newObjectReader()) {
      return MainCode.count(reader, commit);
    } catch (IOException e) {
      throw new ScanInputException(caseName + ": cannot read the tree of " + commit.name()
          + ": " + e.getMessage(), e);
    }
  }
}
