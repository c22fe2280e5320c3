package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked CI rule: its report description and its data.
 *
 * @param info id, name, message, default severity, confidence, CWE and references
 * @param triggers the workflow events the rule applies to (empty: every event)
 * @param untrustedExpressions patterns of expressions an attacker controls
 * @param trustedOwners action owners whose unpinned actions get a lower severity
 * @param inertActions actions that do not execute the code they are run next to
 */
record CiRule(RuleInfo info, List<String> triggers, List<Pattern> untrustedExpressions,
    List<String> trustedOwners, List<String> inertActions) {

  CiRule {
    triggers = List.copyOf(triggers);
    untrustedExpressions = List.copyOf(untrustedExpressions);
    trustedOwners = List.copyOf(trustedOwners);
    inertActions = List.copyOf(inertActions);
  }

  /** Returns the rule id. */
  String id() {
    return info.id();
  }

  /** Returns true if {@code expression} (the inside of {@code ${{ }}}) reads attacker input. */
  boolean untrusted(String expression) {
    return untrustedExpressions.stream().anyMatch(p -> p.matcher(expression).find());
  }

  /** Returns true if {@code step} runs code: a script, or an action not listed as inert. */
  boolean executes(Step step) {
    if (step.run() != null) return true;
    return step.uses() != null && inertActions.stream().noneMatch(step::usesAction);
  }
}
