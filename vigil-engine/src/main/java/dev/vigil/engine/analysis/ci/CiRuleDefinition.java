package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.RuleFiles;
import java.util.List;

/**
 * One CI rule file as written in YAML, before it is checked. Field names are the YAML keys;
 * unknown keys are an error, so a typo cannot silently disable a check. The lists are the rule's
 * data: the events that carry untrusted input, the expressions an attacker controls, the action
 * owners trusted enough for a lower severity, the actions that do not run checked-out code.
 */
record CiRuleDefinition(
    String id,
    String name,
    String message,
    String severity,
    String confidence,
    Integer cwe,
    List<String> references,
    List<String> triggers,
    List<String> untrustedExpressions,
    List<String> trustedOwners,
    List<String> inertActions) implements RuleFiles.Fields {}
