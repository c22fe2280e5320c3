package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.RuleInfo;

/**
 * A sink reached: the rule watching its kind, the sink step, the function holding it, and the
 * context key that identifies the finding across line moves (rule, function, sink code).
 */
record SinkSite(RuleInfo rule, String kind, FlowStep step, String function) {
  String contextKey() {
    return rule.id() + "|" + function + "|" + step.span().code();
  }
}
