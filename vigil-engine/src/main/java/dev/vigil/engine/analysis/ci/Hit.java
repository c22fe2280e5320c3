package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.Severity;
import java.util.List;

/**
 * What a check found, before it becomes a finding: where, what in particular, the identity that
 * survives line moves, an optional severity that overrides the rule's, and the lines that explain it.
 */
record Hit(int line, String detail, String contextKey, Severity severity, List<Clue> clues) {
  Hit {
    clues = List.copyOf(clues);
  }

  /** Returns a hit at the rule's severity. */
  static Hit of(int line, String detail, String contextKey, List<Clue> clues) {
    return new Hit(line, detail, contextKey, null, clues);
  }

  /** One line of evidence and what happens there. */
  record Clue(int line, String description) {}
}
