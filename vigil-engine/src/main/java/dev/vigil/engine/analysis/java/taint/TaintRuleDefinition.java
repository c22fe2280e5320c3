package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleFiles;
import java.util.List;

/** One taint rule file as written in YAML; unknown keys are an error. */
record TaintRuleDefinition(String id, String name, String kind, String severity, String confidence,
    Integer cwe, String message, List<String> references) implements RuleFiles.Fields {}
