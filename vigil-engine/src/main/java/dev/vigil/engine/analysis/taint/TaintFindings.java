package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** Turns a taint that reached a sink into a finding with its data-flow evidence. */
final class TaintFindings {
  private TaintFindings() {}

  /** Returns the finding of a misuse row's call or assignment at {@code span}, in {@code function}. */
  static Finding misuse(RuleInfo rule, Span span, String function) {
    FlowStep step = new FlowStep(FlowStep.Kind.SINK, span, rule.name().toLowerCase(java.util.Locale.ROOT));
    return new Finding(rule.id(), rule.cwe(), rule.severity(), rule.confidence(),
        rule.name() + ": " + span.code() + " in " + function + ". " + rule.description(),
        span.location(), span.code(), rule.id() + "|" + function + "|" + span.code(),
        List.of(step.evidence()));
  }

  /**
   * Returns the finding located at the sink: its message names the source, the function holding
   * the sink and the sink; its evidence is the flow from source to sink, sanitizer steps shown as
   * bypassed for this kind.
   */
  static Finding finding(Taint taint, SinkSite site) {
    RuleInfo rule = site.rule();
    List<EvidenceStep> evidence = new ArrayList<>();
    FlowStep source = null;
    for (FlowStep step : FlowPath.steps(taint.path())) {
      if (source == null && step.kind() == FlowStep.Kind.SOURCE) source = step;
      FlowStep shown = step.kind() == FlowStep.Kind.SANITIZER
          ? new FlowStep(step.kind(), step.span(), step.description() + ", not " + site.kind())
          : step;
      evidence.add(shown.evidence());
    }
    evidence.add(site.step().evidence());
    String from = source == null ? "untrusted input" : source.span().code();
    String message = rule.name() + ": untrusted data from " + from + " (" + taint.threat()
        + " input) reaches " + site.step().span().code() + " in " + site.function() + ". "
        + rule.description();
    return new Finding(rule.id(), rule.cwe(), rule.severity(), rule.confidence(), message,
        site.step().span().location(), site.step().span().code(), site.contextKey(), evidence);
  }
}
