package dev.vigil.engine.analysis.java.taint;

/**
 * A sink call in the code: the rule it falls under, its step, the method that contains it and the
 * key that identifies it independently of line numbers.
 */
record SinkSite(TaintRule rule, FlowStep step, String method, String contextKey) {}
