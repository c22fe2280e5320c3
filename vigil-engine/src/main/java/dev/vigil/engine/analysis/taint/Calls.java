package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.taint.Expr.Call;
import dev.vigil.engine.analysis.taint.Expr.Member;
import dev.vigil.engine.analysis.taint.ModelRows.EntryPoint;
import dev.vigil.engine.analysis.taint.ModelRows.Sanitizer;
import dev.vigil.engine.analysis.taint.ModelRows.Sink;
import dev.vigil.engine.analysis.taint.ModelRows.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls, attribute reads and attribute writes as the models see them: sources on reads and call
 * results, sinks on arguments, receivers and assigned attributes, sanitizers on results, entry
 * points on registering calls, exits. A call of a function of the file applies its summary, a
 * closure runs inline; any other call's result carries the taints of its receiver and arguments.
 */
final class Calls {
  private static final int MAX_INLINE_DEPTH = 3;

  private final ModuleAnalysis analysis;
  private final Interpreter interpreter;
  private final TaintModels models;

  Calls(ModuleAnalysis analysis, Interpreter interpreter) {
    this.analysis = analysis;
    this.interpreter = interpreter;
    this.models = analysis.models();
  }

  /** Returns the value of {@code object.name}: a local method, a source, or the object's taints. */
  Value read(Value object, String name, Span span, State s) {
    String api = object.api() == null ? null : object.api() + "." + name;
    Stmt.FunctionDef method = analysis.method(object.api(), name);
    if (method != null) return Value.function(new Value.Callable(method, null)).withTaints(object.taints());
    Value result = object.taintOnly().withApi(models.typeOf(api));
    List<String> names = models.names(api, name);
    result = withSources(result, models.sources(models.names(api, null)), span);
    for (Sanitizer row : models.sanitizers(names)) {
      if (row.member()) result = sanitize(result, row, span, api);
    }
    return result;
  }

  /** Checks the sinks and misuses of an attribute assignment {@code object.name = value} ({@code written} is the value's expression, or null). */
  void assigned(Value object, String name, Value value, Expr written, Span span, Frame frame) {
    String api = object.api() == null ? null : object.api() + "." + name;
    for (Sink row : api == null ? List.<Sink>of() : models.sinks(models.names(api, null))) {
      // An object or list assigned (Koa's ctx.body = {...}) is sent as JSON, not as markup.
      if (row.input().where() == Input.Where.ASSIGNED && !value.isCollection()) sink(value, row, span, api, frame);
    }
    misuses(models.names(api, name), () -> new Input.Site(object, List.of(), Map.of(), value,
        frame.context(), analysis.scope(frame)), List.of(), written, span, frame);
  }

  /** Reports each misuse row of {@code names} whose conditions hold at the site {@code site} makes. */
  private void misuses(List<String> names, java.util.function.Supplier<Input.Site> site,
      List<Expr.Argument> arguments, Expr assigned, Span span, Frame frame) {
    List<ModelRows.Misuse> rows = models.misuses(names);
    if (rows.isEmpty()) return;
    analysis.reportMisuses(rows, site.get(), arguments, assigned, span, frame);
  }

  /** Returns the value of a call, after checking its sinks and starting its handlers. */
  Value call(Call c, State s, Frame frame) {
    Value receiver = null;
    String member = null;
    Value callee;
    if (c.callee() instanceof Member m) {
      receiver = interpreter.eval(m.object(), s);
      member = m.name();
      callee = interpreter.eval(c.callee(), s);
    } else {
      callee = interpreter.eval(c.callee(), s);
    }
    String api = callee.api();
    List<Value> positional = new ArrayList<>();
    Map<String, Value> keywords = new LinkedHashMap<>();
    for (Expr.Argument a : c.arguments()) {
      Value v = interpreter.eval(a.value(), s);
      if (a.keyword() != null) keywords.put(a.keyword(), v);
      else positional.add(v);
    }
    List<String> names = models.names(api, member);
    Set<String> sinkKinds = new java.util.HashSet<>();
    for (Sink row : models.sinks(names)) {
      Input in = row.input();
      if (in.where() == Input.Where.ASSIGNED || in.where() == Input.Where.RETURN_VALUE) continue;
      if (!in.applies(receiver, positional, keywords)) continue;
      sinkKinds.add(row.kind());
      for (Value v : in.select(receiver, positional, keywords)) sink(v, row, c.span(), api, frame);
    }
    Value self = receiver;
    misuses(names, () -> new Input.Site(self, positional, keywords, null, frame.context(),
        analysis.scope(frame)), c.arguments(), null, c.span(), frame);
    startHandlers(models.entryPoints(names), api, receiver, positional, keywords, frame);
    if (c.callee() instanceof Member m) update(m.object(), receiver, names, positional, keywords, s);
    Value result;
    Value.Callable function = callee.function();
    ModuleAnalysis.External external = function == null ? analysis.external(api) : null;
    if (function != null) {
      result = invoke(function, receiver, positional, keywords, c.span(), frame);
    } else if (external != null) {
      Stmt.FunctionDef def = external.definition();
      result = apply(external.module().summary(def), def, receiver, positional, keywords, c.span(), frame);
    } else {
      Value joined = receiver == null ? callee.taintOnly() : receiver.taintOnly();
      for (Value v : positional) joined = joined.join(v.taintOnly());
      for (Value v : keywords.values()) joined = joined.join(v.taintOnly());
      result = joined;
      runCallbacks(receiver, positional, keywords, frame);
    }
    if (!sinkKinds.isEmpty()) result = result.mapTaints(t -> t.reported(sinkKinds));
    String resultApi = api == null ? null : api + "()";
    for (Sanitizer row : models.sanitizers(names)) {
      if (!row.member()) result = sanitize(result, row, c.span(), api);
    }
    result = withSources(result, models.sources(models.names(resultApi, null)), c.span());
    if (api != null && api.startsWith(ModuleAnalysis.LOCAL) && analysis.hasClass(api.substring(ModuleAnalysis.LOCAL.length()))) {
      result = result.withApi(api);
    } else if (function == null || result.api() == null) {
      result = result.withApi(models.typeOf(resultApi));
    }
    if (models.exits(names)) s.end();
    return result;
  }

  /** Stores the taints of what an update row's call puts into its receiver's variable. */
  private void update(Expr object, Value receiver, List<String> names, List<Value> positional,
      Map<String, Value> keywords, State s) {
    String key = Interpreter.key(object);
    if (key == null || receiver == null) return;
    List<Taint> added = new ArrayList<>();
    for (ModelRows.Update row : models.updates(names)) {
      for (Value v : row.input().select(receiver, positional, keywords)) added.addAll(v.taints());
    }
    if (added.isEmpty()) return;
    List<Taint> all = new ArrayList<>(receiver.taints());
    all.addAll(added);
    s.replace(key, receiver.withTaints(all));
  }

  private Value withSources(Value value, List<Source> rows, Span span) {
    Value result = value;
    for (Source row : rows) {
      if (!analysis.threats().contains(row.threat())) continue;
      Taint t = Taint.source(row.threat(), new FlowStep(FlowStep.Kind.SOURCE, span,
          "untrusted " + row.threat() + " data from " + row.api()));
      List<Taint> all = new ArrayList<>(result.taints());
      all.add(0, t);
      result = result.withTaints(all);
    }
    return result;
  }

  private static Value sanitize(Value value, Sanitizer row, Span span, String api) {
    if (!value.tainted()) return value;
    if (row.marks().contains("all")) return Value.constant(null).withApi(value.api());
    FlowStep step = new FlowStep(FlowStep.Kind.SANITIZER, span, "sanitized by " + (api == null
        ? row.api() : api) + " for " + String.join(", ", row.marks()));
    return value.mapTaints(t -> t.marked(row.marks(), step));
  }

  /** Reports every taint of {@code value} that may reach the sink of {@code row}. */
  private void sink(Value value, Sink row, Span span, String api, Frame frame) {
    RuleInfo rule = analysis.rules().forKind(row.kind());
    if (rule == null || !value.tainted()) return;
    SinkSite site = new SinkSite(rule, row.kind(), new FlowStep(FlowStep.Kind.SINK, span,
        row.kind() + " sink " + (api == null ? row.api() : api)), frame.name());
    for (Taint t : value.taints()) {
      if (t.reaches(row.kind())) analysis.report(t, site, frame);
    }
  }

  /** Checks the sinks on what a handler registered through {@code api} returns. */
  void returned(Value value, String api, Span span, Frame frame) {
    if (value == null || value.isCollection()) return;
    for (Sink row : models.sinks(models.names(api, null))) {
      if (row.input().where() == Input.Where.RETURN_VALUE) sink(value, row, span, api, frame);
    }
  }

  private void startHandlers(List<EntryPoint> rows, String api, Value receiver,
      List<Value> positional, Map<String, Value> keywords, Frame frame) {
    if (rows.isEmpty()) return;
    Map<String, List<EntryPoint>> byHandler = new LinkedHashMap<>();
    rows.forEach(r -> byHandler.computeIfAbsent(r.handler(), k -> new ArrayList<>()).add(r));
    byHandler.forEach((handler, group) -> {
      if (handler.equals("Enclosing")) analysis.enclosingHandler(api, group, frame);
      if (!handler.startsWith("Argument")) return;
      for (Value v : Input.parse(handler).select(receiver, positional, keywords)) {
        if (v.function() != null) {
          Object path = positional.isEmpty() ? null : positional.get(0).constant();
          analysis.analyseHandler(v.function(), group, api, route(api, positional),
              path == null ? null : String.valueOf(path), null);
        }
      }
    });
  }

  /** Returns the name of a handler registered with a constant path: {@code app.get('/users')}. */
  private static String route(String api, List<Value> positional) {
    Object path = positional.isEmpty() ? null : positional.get(0).constant();
    return path == null ? api + "(...) handler" : api + "('" + path + "') handler";
  }

  /** Runs closures passed to an unmodelled call, their parameters holding the receiver's taints. */
  private void runCallbacks(Value receiver, List<Value> positional, Map<String, Value> keywords,
      Frame frame) {
    List<Value> arguments = new ArrayList<>(positional);
    arguments.addAll(keywords.values());
    for (Value v : arguments) {
      Value.Callable callable = v.function();
      if (callable == null || callable.closure() == null || frame.depth >= MAX_INLINE_DEPTH) continue;
      Value given = receiver == null ? Value.CLEAN : receiver.taintOnly();
      List<Value> args = callable.definition().params().stream().map(p -> given).toList();
      inline(callable, null, args, Map.of(), frame);
    }
  }

  /** Returns the result of calling a function of the file: its summary, or a closure inline. */
  private Value invoke(Value.Callable callable, Value receiver, List<Value> positional,
      Map<String, Value> keywords, Span span, Frame frame) {
    Stmt.FunctionDef def = callable.definition();
    if (callable.closure() != null) {
      if (frame.depth >= MAX_INLINE_DEPTH) return Value.CLEAN;
      return inline(callable, receiver, positional, keywords, frame);
    }
    return apply(analysis.summary(def), def, receiver, positional, keywords, span, frame);
  }

  /** Returns the result of a call that {@code summary} describes, reporting the sinks it reaches. */
  private Value apply(FunctionSummary summary, Stmt.FunctionDef def, Value receiver,
      List<Value> positional, Map<String, Value> keywords, Span span, Frame frame) {
    List<Value> bound = bind(def, receiver, positional, keywords);
    FlowStep call = new FlowStep(FlowStep.Kind.CALL, span, "passed to " + describe(def));
    for (FunctionSummary.SinkFlow flow : summary.sinkFlows()) {
      Value argument = flow.taint().parameter() < bound.size() ? bound.get(flow.taint().parameter()) : null;
      if (argument == null) continue;
      for (Taint t : argument.taints()) {
        Taint composed = t.compose(call, flow.taint());
        if (composed.reaches(flow.site().kind())) analysis.report(composed, flow.site(), frame);
      }
    }
    Value returned = summary.returned();
    List<Taint> taints = new ArrayList<>();
    for (Taint inner : returned.taints()) {
      if (!inner.symbolic()) {
        taints.add(inner);
      } else if (inner.parameter() < bound.size()) {
        for (Taint t : bound.get(inner.parameter()).taints()) taints.add(t.compose(call, inner));
      }
    }
    return new Value(Value.merge(taints, List.of()), returned.constant(), returned.api(),
        returned.elements(), returned.function());
  }

  private Value inline(Value.Callable callable, Value receiver, List<Value> positional,
      Map<String, Value> keywords, Frame frame) {
    Stmt.FunctionDef def = callable.definition();
    State state = callable.closure().copy();
    List<Value> bound = bind(def, receiver, positional, keywords);
    for (int i = 0; i < def.params().size(); i++) {
      state.put(def.params().get(i).name(), i < bound.size() ? bound.get(i) : Value.CLEAN);
    }
    Frame inner = frame.inline(def);
    new Interpreter(analysis, inner).exec(def.body(), state);
    return inner.returned == null ? Value.CLEAN : inner.returned;
  }

  /**
   * Returns the values of a function's parameters at a call: a method called through an object
   * gets the object as its {@code self}/{@code cls} parameter; keywords fill parameters by name;
   * a rest parameter gets every remaining argument.
   */
  static List<Value> bind(Stmt.FunctionDef def, Value receiver, List<Value> positional,
      Map<String, Value> keywords) {
    List<Value> bound = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < def.params().size(); i++) {
      Stmt.Param p = def.params().get(i);
      if (i == 0 && def.owner() != null && Set.of("self", "cls").contains(p.name())) {
        bound.add(receiver == null ? Value.CLEAN : receiver);
      } else if (p.rest()) {
        Value rest = Value.CLEAN;
        for (int j = next; j < positional.size(); j++) rest = rest.join(positional.get(j).taintOnly());
        bound.add(rest);
        next = positional.size();
      } else if (keywords.containsKey(p.name())) {
        bound.add(keywords.get(p.name()));
      } else if (next < positional.size()) {
        bound.add(positional.get(next++));
      } else {
        bound.add(Value.CLEAN);
      }
    }
    return bound;
  }

  private static String describe(Stmt.FunctionDef def) {
    String name = def.name().isEmpty() ? "<anonymous>" : def.name();
    return def.owner() == null ? name : def.owner() + "." + name;
  }
}
