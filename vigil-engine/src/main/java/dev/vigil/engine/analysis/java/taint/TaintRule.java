package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.Objects;

/**
 * A taint rule: its report metadata, the sink kind it watches, and whether it reports one finding
 * per source (every sink of the kind is one channel, such as the log) instead of one per sink.
 */
public record TaintRule(RuleInfo info, String kind, boolean perSource) {
  public TaintRule {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(kind, "kind == null");
  }
}
