package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.List;

/** The product's patch rules, checked on every patch before it is offered and after every edit. */
public final class PatchRules {
  private final List<PatchRule> rules;

  public PatchRules(List<PatchRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the standard rules: the patch stays within the finding's code, widens no permission,
   * swallows no exception and moves no risk to callers.
   */
  public static PatchRules standard() {
    return new PatchRules(List.of(new StaysWithinEvidence(), new WidensNoPermission(),
        new SwallowsNoException(), new KeepsCallerContract()));
  }

  /**
   * Returns every violation of every rule by {@code patch}; empty when it keeps them all. The tests
   * a patch adds are not its fix: running them in the sandbox judges them, so the rules check the
   * rest, and a patch that only adds tests fixes nothing.
   */
  public List<String> check(Finding finding, RemediationPatch patch) {
    List<FileEdit> fix = patch.edits().stream().filter(e -> !e.addsTest()).toList();
    if (fix.isEmpty()) return List.of("it only adds tests, so it fixes nothing in the finding's code");
    RemediationPatch checked = new RemediationPatch(patch.ruleId(), patch.rationale(), patch.notes(), fix);
    List<String> violations = new ArrayList<>();
    for (PatchRule rule : rules) violations.addAll(rule.violations(finding, checked));
    return violations;
  }
}
