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

  /** Returns every violation of every rule by {@code patch}; empty when it keeps them all. */
  public List<String> check(Finding finding, RemediationPatch patch) {
    List<String> violations = new ArrayList<>();
    for (PatchRule rule : rules) violations.addAll(rule.violations(finding, patch));
    return violations;
  }
}
