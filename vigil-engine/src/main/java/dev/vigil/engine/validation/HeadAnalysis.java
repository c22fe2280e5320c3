package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import java.util.List;
import org.eclipse.jgit.lib.Repository;

/**
 * Re-analyses the tree of one commit exactly as a scan's first step does (the same analyzers,
 * project context and fingerprints, through the same content-addressed cache), so "still present at
 * head" means what a scan of that commit would say.
 */
public final class HeadAnalysis {
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final PassOptions options;

  public HeadAnalysis(List<Analyzer> analyzers, AnalysisCache cache, PassOptions options) {
    this.analyzers = List.copyOf(analyzers);
    this.cache = cache;
    this.options = options;
  }

  /** Returns the findings present at {@code commit} (a sha or branch) of {@code repository}. */
  public HeadSnapshot at(Repository repository, String commit) {
    ScanResult result = new CommitPass(analyzers, cache, options)
        .run(repository, HistoryWindow.lastCommits(commit, 1), ScanListener.NONE, () -> false);
    return HeadSnapshot.of(result);
  }
}
