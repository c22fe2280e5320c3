package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A taint rule: its report metadata, the sink kind it watches, whether it reports one finding per
 * source (every sink of the kind is one channel, such as the log) instead of one per sink, and the
 * sink methods and levels whose output is off by default ({@code debug}, {@code Level.FINE}): a
 * default deployment does not write them, so they are no sink; null when there are none. A rule
 * that names {@code threats} reports only flows from sources of those threat-model kinds (archive
 * entries reach only the zip slip rule), and also the kinds no rule names if it lists
 * {@value #UNCLAIMED}; the other rules report every kind no rule names ({@code claimed}).
 */
public record TaintRule(RuleInfo info, String kind, boolean perSource, Pattern quietSinks,
    Set<String> threats, Set<String> claimed) {
  /** The word in a rule's {@code threats} that stands for every kind no rule names. */
  public static final String UNCLAIMED = "unclaimed";

  public TaintRule {
    Objects.requireNonNull(info, "info == null");
    Objects.requireNonNull(kind, "kind == null");
    threats = Set.copyOf(threats);
    claimed = Set.copyOf(claimed);
  }

  /** Returns true if the rule reports a flow from a source of the threat-model kind {@code threat}. */
  public boolean reports(String threat) {
    if (threats.contains(threat)) return true;
    return (threats.isEmpty() || threats.contains(UNCLAIMED)) && !claimed.contains(threat);
  }

  /**
   * Returns true if a sink called through {@code method}, or a level named {@code level} (the last
   * name of a level argument such as {@code Level.FINE}, or null), writes nothing by default.
   */
  public boolean quiet(String method, String level) {
    if (quietSinks == null) return false;
    return quietSinks.matcher(method).matches()
        || level != null && quietSinks.matcher(level.toLowerCase(java.util.Locale.ROOT)).matches();
  }
}
