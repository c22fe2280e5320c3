package dev.vigil.engine.analysis.java.taint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a method does with taint, in terms of its parameters (symbolic taints): the value it
 * returns, the sinks its parameters reach, the fields and the parameters' contents it writes.
 * Real source taints inside the method are part of it too (a helper that returns a request
 * parameter).
 */
record MethodSummary(Value returned, List<SinkFlow> sinkFlows, Map<String, Value> fieldWrites,
    Map<Integer, Value> parameterWrites, Map<Integer, Set<String>> parameterChecks) {
  /** The summary of a method that could not be analysed: nothing flows. */
  static final MethodSummary EMPTY =
      new MethodSummary(Value.CLEAN, List.of(), Map.of(), Map.of(), Map.of());

  MethodSummary {
    sinkFlows = List.copyOf(sinkFlows);
    fieldWrites = Map.copyOf(fieldWrites);
    parameterWrites = Map.copyOf(parameterWrites);
    parameterChecks = Map.copyOf(parameterChecks);
  }

  /** A parameter's way to a sink: the symbolic taint with its inner path, and the sink. */
  record SinkFlow(Taint taint, SinkSite site) {}
}
