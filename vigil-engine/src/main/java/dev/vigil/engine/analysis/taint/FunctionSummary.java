package dev.vigil.engine.analysis.taint;

import java.util.List;

/**
 * What a function does with taint, in terms of its parameters (symbolic taints): the value it
 * returns (its taints, and the API it denotes) and the sinks its parameters reach. Real sources
 * inside it are part of the returned value too (a helper that returns a request parameter).
 */
record FunctionSummary(Value returned, List<SinkFlow> sinkFlows) {
  /** The summary of a function being computed (recursion) or not analysable: nothing flows. */
  static final FunctionSummary EMPTY = new FunctionSummary(Value.CLEAN, List.of());

  FunctionSummary {
    sinkFlows = List.copyOf(sinkFlows);
  }

  /** A parameter's way to a sink: the symbolic taint with its inner path, and the sink. */
  record SinkFlow(Taint taint, SinkSite site) {}
}
