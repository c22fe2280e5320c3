package dev.vigil.engine.analysis.java.taint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a method does with taint, in terms of its parameters (symbolic taints): the value it
 * returns, the sinks its parameters reach, the fields and the parameters' contents it writes.
 * Real source taints inside the method are part of it too (a helper that returns a request
 * parameter). {@code checksIfTrue} and {@code checksIfFalse} are, for a method returning a
 * boolean, the sink kinds each parameter is checked for when it returns that result. {@code
 * thrown} is what the messages of the exceptions it lets escape carry.
 */
record MethodSummary(Value returned, List<SinkFlow> sinkFlows, Map<String, Value> fieldWrites,
    Map<Integer, Value> parameterWrites, Map<Integer, Set<String>> parameterChecks,
    Map<Integer, Set<String>> checksIfTrue, Map<Integer, Set<String>> checksIfFalse, Value thrown) {
  /** The summary of a method that could not be analysed: nothing flows. */
  static final MethodSummary EMPTY = new MethodSummary(Value.CLEAN, List.of(), Map.of(), Map.of(),
      Map.of(), Map.of(), Map.of(), Value.CLEAN);

  MethodSummary {
    sinkFlows = List.copyOf(sinkFlows);
    fieldWrites = Map.copyOf(fieldWrites);
    parameterWrites = Map.copyOf(parameterWrites);
    parameterChecks = Map.copyOf(parameterChecks);
    checksIfTrue = Map.copyOf(checksIfTrue);
    checksIfFalse = Map.copyOf(checksIfFalse);
  }

  /**
   * Returns true if {@code other} carries the same taints to the same places (paths aside): a
   * recursive method's summary is settled when it does.
   */
  boolean sameFlows(MethodSummary other) {
    return identities(returned).equals(identities(other.returned))
        && sinks(sinkFlows).equals(sinks(other.sinkFlows))
        && byIdentity(fieldWrites).equals(byIdentity(other.fieldWrites))
        && byIdentity(parameterWrites).equals(byIdentity(other.parameterWrites))
        && parameterChecks.equals(other.parameterChecks)
        && checksIfTrue.equals(other.checksIfTrue) && checksIfFalse.equals(other.checksIfFalse)
        && identities(thrown).equals(identities(other.thrown));
  }

  private static Set<String> identities(Value value) {
    Set<String> ids = new java.util.HashSet<>();
    value.taints().forEach(t -> ids.add(t.identity()));
    return ids;
  }

  private static <K> Map<K, Set<String>> byIdentity(Map<K, Value> values) {
    Map<K, Set<String>> ids = new java.util.HashMap<>();
    values.forEach((key, value) -> ids.put(key, identities(value)));
    return ids;
  }

  private static Set<String> sinks(List<SinkFlow> flows) {
    Set<String> ids = new java.util.HashSet<>();
    flows.forEach(f -> ids.add(f.taint().identity() + "@" + f.site().contextKey() + "@" + f.site().step().line()));
    return ids;
  }

  /** A parameter's way to a sink: the symbolic taint with its inner path, and the sink. */
  record SinkFlow(Taint taint, SinkSite site) {}
}
