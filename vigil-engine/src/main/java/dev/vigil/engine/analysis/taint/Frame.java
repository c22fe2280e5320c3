package dev.vigil.engine.analysis.taint;

import java.util.ArrayList;
import java.util.List;

/**
 * One activation being interpreted: the function (null for a module's top level), the API it was
 * registered through when it runs as an entry point, what it returns, and where the flows of its
 * symbolic parameters to sinks go (shared with the closures it runs inline).
 */
final class Frame {
  final Stmt.FunctionDef function;
  final String handlerApi;
  /** The name of an anonymous handler, from its route ({@code express.Router.get('/users')}). */
  final String label;
  final List<FunctionSummary.SinkFlow> sinkFlows;
  final int depth;
  Value returned;
  /** The code of the statement being interpreted, for the context of misuse rows. */
  String statement = "";
  /** Each return statement with the value it returns, for the sinks on a handler's returns. */
  final List<Returned> returns = new ArrayList<>();

  /** A value returned at a return statement. */
  record Returned(Value value, Span span) {}

  private Frame(Stmt.FunctionDef function, String handlerApi, String label,
      List<FunctionSummary.SinkFlow> sinkFlows, int depth) {
    this.function = function;
    this.handlerApi = handlerApi;
    this.label = label;
    this.sinkFlows = sinkFlows;
    this.depth = depth;
  }

  static Frame module() {
    return new Frame(null, null, null, new ArrayList<>(), 0);
  }

  static Frame of(Stmt.FunctionDef function, String handlerApi, String label) {
    return new Frame(function, handlerApi, label, new ArrayList<>(), 0);
  }

  /** Returns the frame of a closure run inline from this one. */
  Frame inline(Stmt.FunctionDef closure) {
    return new Frame(closure, null, closure.name().isEmpty() ? name() : null, sinkFlows, depth + 1);
  }

  /**
   * Returns the name of the function for messages and finding identities: {@code Owner.name},
   * the route of an anonymous handler, the function an anonymous closure runs in, or the module.
   */
  String name() {
    if (label != null) return label;
    if (function == null) return "<module>";
    String own = function.name().isEmpty() ? "<anonymous>" : function.name();
    return function.owner() == null ? own : function.owner() + "." + own;
  }

  /**
   * Returns the context misuse rows match: the statement's code and this function's name,
   * camelCase split into snake_case, lower-cased.
   */
  String context() {
    String text = statement + " " + name();
    return text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns the code of the statements of this function, or of {@code moduleBody} at the top
   * level, one per line (each cut like a span's code): what a {@code Function} condition reads.
   */
  String body(List<Stmt> moduleBody) {
    List<Stmt> statements = function == null ? moduleBody : function.body();
    StringBuilder text = new StringBuilder();
    for (Stmt stmt : statements) text.append(stmt.span().code()).append('\n');
    return text.toString();
  }

  void returns(Value value, Span span) {
    returned = returned == null ? value : returned.join(value);
    returns.add(new Returned(value, span));
  }
}
