package dev.vigil.engine.analysis.java.quality;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What the analyzers made of one case: whether a finding of the case's category was reported,
 * those findings, and the analyzers that failed on it (a failure counts as "not flagged").
 */
record CaseResult(CorpusCase corpusCase, List<Finding> matching, List<String> failures) {
  CaseResult {
    Objects.requireNonNull(corpusCase, "corpusCase == null");
    matching = List.copyOf(matching);
    failures = List.copyOf(failures);
  }

  /** Returns true if at least one finding of the case's category was reported. */
  boolean flagged() {
    return !matching.isEmpty();
  }

  /** Returns true if the verdict matches the label. */
  boolean correct() {
    return flagged() == corpusCase.vulnerable();
  }
}
