package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.HeadContext;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Lets analyzers that need the whole head tree ({@link HeadContext}) refine their findings present
 * at the head once a pass ends. The head's files are read only when such findings exist.
 */
final class HeadRefinement {
  /** The largest file given as context; bigger ones are left out. */
  static final long MAX_FILE_BYTES = 1024 * 1024;
  /** The most context text read for one analyzer. */
  static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  private HeadRefinement() {}

  /**
   * Returns {@code findings} with those of head-context analyzers refined; {@code headFiles} reads
   * the head's files whose paths the predicate accepts.
   */
  static List<TrackedFinding> apply(List<Analyzer> analyzers, List<TrackedFinding> findings,
      Function<Predicate<String>, Map<String, String>> headFiles) {
    List<TrackedFinding> result = new ArrayList<>(findings);
    for (Analyzer analyzer : analyzers) {
      if (!(analyzer instanceof HeadContext context)) continue;
      Set<String> rules = analyzer.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
      List<Integer> positions = new ArrayList<>();
      List<Finding> mine = new ArrayList<>();
      for (int i = 0; i < result.size(); i++) {
        TrackedFinding tracked = result.get(i);
        if (tracked.presentAtHead() && rules.contains(tracked.finding().ruleId())) {
          positions.add(i);
          mine.add(tracked.finding());
        }
      }
      if (mine.isEmpty()) continue;
      List<Finding> refined = context.refine(mine, headFiles.apply(context::needsContext));
      for (int k = 0; k < positions.size(); k++) {
        TrackedFinding old = result.get(positions.get(k));
        result.set(positions.get(k), new TrackedFinding(old.fingerprint(), refined.get(k),
            old.introducedIn(), old.fixedIn(), old.presentAtHead(), old.commitsPresent(),
            old.sightings()));
      }
    }
    return result;
  }
}
