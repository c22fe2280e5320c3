package dev.vigil.engine.analysis.secrets;

import java.util.List;

/**
 * One rule file as written in YAML, before it is checked and compiled. Field names are the YAML
 * keys; unknown keys are an error, so a typo cannot silently disable a check.
 */
record RuleDefinition(
    String id,
    String name,
    String message,
    String severity,
    String confidence,
    Integer cwe,
    List<String> references,
    List<String> keywords,
    String regex,
    Integer secretGroup,
    Double minEntropy,
    String validator,
    List<String> allow,
    List<String> skip,
    Boolean fallback) {}
