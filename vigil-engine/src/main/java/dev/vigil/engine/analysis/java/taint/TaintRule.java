package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.Objects;

/** A taint rule: its report metadata and the sink kind it watches. */
public record TaintRule(RuleInfo info, String kind) {
  public TaintRule {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(kind, "kind == null");
  }
}
