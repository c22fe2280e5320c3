package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;

/**
 * Fixes the findings of one rule family. Implementations are stateless; {@link #propose} reads the
 * files it needs through {@link SourceFiles}, never changes them, and refuses (with why) whatever it
 * cannot fix without guessing the code's intent. A refusal is an answer, not an error.
 */
public interface FixGenerator {
  /** Returns true if this generator fixes findings of {@code finding}'s rule. */
  boolean handles(Finding finding);

  /** Returns a patch for {@code finding}, or the reason there is no safe automatic one. */
  Proposal propose(Finding finding, SourceFiles files);
}
