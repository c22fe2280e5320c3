package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleFiles;
import java.util.List;

/**
 * One taint rule file as written in YAML; unknown keys are an error. {@code findingPer} is
 * {@code sink} (the default: one finding per sink call) or {@code source} (one per source, for
 * sinks that are one shared channel such as the log). {@code quietSinks} is a regex over sink
 * method names and level names (lower case) whose output is off by default (debug-level logging):
 * such calls, and calls guarded by a check that the level is enabled, are no sink. {@code threats}
 * lists the threat-model kinds whose flows the rule alone reports (see {@link TaintRule}).
 */
record TaintRuleDefinition(String id, String name, String kind, String severity, String confidence,
    Integer cwe, String message, List<String> references, String findingPer,
    String quietSinks, List<String> threats) implements RuleFiles.Fields {}
