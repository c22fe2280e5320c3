package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import java.util.List;

/** One rule every patch must keep, whoever wrote it (a generator or a reviewer's edit). */
public interface PatchRule {
  /** Returns what {@code patch} does that breaks the rule, one sentence each; empty when it keeps it. */
  List<String> violations(Finding finding, RemediationPatch patch);
}
