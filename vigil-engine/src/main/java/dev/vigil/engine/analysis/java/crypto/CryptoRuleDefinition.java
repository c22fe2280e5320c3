package dev.vigil.engine.analysis.java.crypto;

import dev.vigil.engine.analysis.RuleFiles;
import java.util.List;
import java.util.Map;

/**
 * One crypto rule file as written in YAML, before it is checked. Field names are the YAML keys;
 * unknown keys are an error, so a typo cannot silently disable a check. {@code data} holds the
 * rule's lists (weak algorithm names, identifier words, placeholders...) by name.
 */
record CryptoRuleDefinition(
    String id,
    String name,
    String message,
    String severity,
    String confidence,
    Integer cwe,
    List<String> references,
    Map<String, List<String>> data) implements RuleFiles.Fields {}
