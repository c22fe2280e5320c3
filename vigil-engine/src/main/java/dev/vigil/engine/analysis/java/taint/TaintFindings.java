package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.List;

/** Turns a taint that reached a sink into a finding with its data-flow evidence. */
final class TaintFindings {
  private TaintFindings() {}

  /**
   * Returns the finding: located at the sink, its message naming the source, the entry method and
   * the sink, its evidence the flow's steps from source to sink; sanitizer steps on the way are
   * shown as bypassed (they neutralise other kinds). The context key is the rule, the signature of
   * the method containing the sink and the sink code, so it survives line moves; for a rule with one
   * finding per source it is the rule and the source (its code and the method holding it). A flow
   * from the program's command line or handed to a library's public API has low confidence; a
   * stored flow (read back from a session or application attribute) one notch less than the rule's.
   */
  static Finding finding(Taint taint, SinkSite site) {
    RuleInfo rule = site.rule().info();
    List<EvidenceStep> evidence = new ArrayList<>();
    FlowStep source = null;
    boolean stored = false;
    for (FlowStep step : FlowPath.steps(taint.path())) {
      if (source == null && step.kind() == FlowStep.Kind.SOURCE) source = step;
      stored |= AttributeStores.readsBack(step);
      if (step.kind() == FlowStep.Kind.SANITIZER) {
        evidence.add(new FlowStep(step.kind(), step.path(), step.line(), step.column(),
            step.endLine(), step.endColumn(), step.code(), step.description() + ", not "
            + site.rule().kind()).evidence());
      } else {
        evidence.add(step.evidence());
      }
    }
    evidence.add(site.step().evidence());
    String from = source == null ? "untrusted input" : source.code();
    String entry = source == null ? site.method() : entryOf(source);
    String message = rule.name() + ": untrusted data from " + from + " (" + taint.threat()
        + " input) in " + entry + " reaches " + site.step().code() + " in " + site.method() + ". "
        + rule.description();
    // A rule with one finding per source keeps its identity while log calls come and go.
    Confidence confidence = rule.confidence();
    String contextKey = site.rule().perSource() && source != null
        ? rule.id() + "|" + source.description() + "|" + source.code() : site.contextKey();
    if (taint.threat().equals("commandargs")) {
      // whoever passes a program its arguments usually has the rights the flow would give them
      message = message + " The input is the program's own command line, which matters only where"
          + " someone with fewer rights than the program chooses it.";
      confidence = Confidence.LOW;
    } else if (taint.threat().equals(LibraryApi.THREAT)) {
      // whether a library's caller hands it untrusted content depends on the caller
      message = message + " The input is what a caller hands the library's public API; it matters"
          + " where callers pass content from outside, as the API's use suggests.";
      confidence = Confidence.LOW;
    }
    if (stored) {
      // the input was kept by one request and is used by a later one, maybe another user's
      message = message + " The input was kept in a session or application attribute and read"
          + " back later (a stored flow).";
      confidence = confidence == Confidence.HIGH ? Confidence.MEDIUM : Confidence.LOW;
    }
    return new Finding(rule.id(), rule.cwe(), rule.severity(), confidence, message,
        site.step().location(), site.step().code(), contextKey, evidence);
  }

  private static String entryOf(FlowStep source) {
    String d = source.description();
    int in = d.lastIndexOf(" in ");
    return in < 0 ? d : d.substring(in + 4);
  }
}
