package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.validation.ValidationStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what the analyzers report before and after a patch, in the files it changes: the
 * finding's rule reports fewer findings in its file (the finding is gone), and no rule reports more
 * in any changed file (the patch brings no new finding). Findings are compared by rule and file,
 * not by fingerprint: the patch changes the very code a fingerprint is made of.
 */
public final class Reanalysis {
  /** The step saying the finding is gone. */
  public static final String FINDING_GONE = "finding-gone";
  /** The step saying no new finding appeared. */
  public static final String NO_NEW_FINDING = "no-new-finding";

  private Reanalysis() {}

  /** Returns the two steps comparing {@code before} and {@code after} for {@code finding} and {@code patch}. */
  public static List<ValidationStep> compare(Finding finding, RemediationPatch patch,
      Collection<Finding> before, Collection<Finding> after) {
    Map<String, Integer> was = counts(before, patch.files());
    Map<String, Integer> now = counts(after, patch.files());
    String target = key(finding.ruleId(), finding.location().path());
    int left = now.getOrDefault(target, 0);
    int had = was.getOrDefault(target, 0);
    List<ValidationStep> steps = new ArrayList<>();
    steps.add(left < had || (had == 0 && left == 0)
        ? ValidationStep.passed(FINDING_GONE, "Re-analysis of the patched " + finding.location().path() + " reports "
            + left + " " + finding.ruleId() + " finding(s), " + had + " before: the finding is gone.")
        : ValidationStep.failed(FINDING_GONE, "Re-analysis of the patched " + finding.location().path() + " still reports "
            + left + " " + finding.ruleId() + " finding(s), as many as before (" + had + ")."));
    List<String> added = new ArrayList<>();
    now.forEach((key, count) -> {
      int old = was.getOrDefault(key, 0);
      if (count > old) added.add(key + ": " + old + " -> " + count);
    });
    steps.add(added.isEmpty()
        ? ValidationStep.passed(NO_NEW_FINDING, "No rule reports more findings in " + String.join(", ", patch.files())
            + " than before.")
        : ValidationStep.failed(NO_NEW_FINDING, "The patched files have new findings: " + String.join("; ", added) + "."));
    return steps;
  }

  private static Map<String, Integer> counts(Collection<Finding> findings, List<String> paths) {
    Map<String, Integer> counts = new HashMap<>();
    for (Finding f : findings) {
      if (paths.contains(f.location().path())) counts.merge(key(f.ruleId(), f.location().path()), 1, Integer::sum);
    }
    return counts;
  }

  private static String key(String rule, String path) {
    return rule + " in " + path;
  }
}
