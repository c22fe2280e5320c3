package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A taint rule: its report metadata, the sink kind it watches, whether it reports one finding per
 * source (every sink of the kind is one channel, such as the log) instead of one per sink, and the
 * sink methods whose output is off by default ({@code debug}), reported at info severity; null
 * when there are none.
 */
public record TaintRule(RuleInfo info, String kind, boolean perSource, Pattern quietSinks) {
  public TaintRule {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(kind, "kind == null");
  }

  /** Returns true if a sink called through {@code method} writes nothing by default. */
  public boolean quiet(String method) {
    return quietSinks != null && quietSinks.matcher(method).matches();
  }
}
