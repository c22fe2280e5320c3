package dev.vigil.engine.analysis.java.taint;

/**
 * A sink call in the code: the rule it falls under, its step, the method that contains it, the
 * key that identifies it independently of line numbers, and whether its output is off by default
 * (a debug-level log call).
 */
record SinkSite(TaintRule rule, FlowStep step, String method, String contextKey, boolean quiet) {}
