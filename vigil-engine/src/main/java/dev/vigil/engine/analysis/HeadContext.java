package dev.vigil.engine.analysis;

import java.util.List;
import java.util.Map;

/**
 * An analyzer whose findings need facts about the whole tree at the head, which no single file
 * version shows (for vulnerable dependencies: whether the code imports the package at all). After
 * a pass, the engine reads the head's files this analyzer asks for and lets it refine its findings
 * present there. Refined findings keep their identity (rule, location, context key).
 */
public interface HeadContext {
  /** Returns true if the analyzer needs the head's file at {@code path} as context. */
  boolean needsContext(String path);

  /**
   * Returns {@code findings} (this analyzer's, present at the head) refined with the head's files,
   * by path, in the same order.
   */
  List<Finding> refine(List<Finding> findings, Map<String, String> headFiles);
}
