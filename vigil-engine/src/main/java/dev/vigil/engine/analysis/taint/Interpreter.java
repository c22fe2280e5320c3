package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.taint.Expr.Call;
import dev.vigil.engine.analysis.taint.Expr.Collection;
import dev.vigil.engine.analysis.taint.Expr.Index;
import dev.vigil.engine.analysis.taint.Expr.Literal;
import dev.vigil.engine.analysis.taint.Expr.Member;
import dev.vigil.engine.analysis.taint.Expr.Name;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Interprets the statements of one activation over flow-sensitive {@link State}s: assignments
 * replace values, branches are interpreted apart and joined (a branch that returns or raises drops
 * out, so an early exit after a failed check leaves the checked value sanitized), loops run twice,
 * constant conditions decide their branch. Calls are {@link Calls}'; conditions refine the
 * branches through {@link Guards}.
 */
final class Interpreter {
  /** A constant URL prefix that fixes the host: what follows it cannot choose the server. */
  private static final java.util.regex.Pattern HOST_PREFIX =
      java.util.regex.Pattern.compile("(?s)[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+[/?#].*");
  /** A constant path on this site ({@code /docs/}, not {@code //}): a redirect stays here. */
  private static final java.util.regex.Pattern LOCAL_PREFIX =
      java.util.regex.Pattern.compile("(?s)/[^/\\\\].*");

  private final ModuleAnalysis analysis;
  private final Frame frame;
  private final Calls calls;
  private final PrototypePollution pollution;

  Interpreter(ModuleAnalysis analysis, Frame frame) {
    this.analysis = analysis;
    this.frame = frame;
    this.calls = new Calls(analysis, this);
    this.pollution = new PrototypePollution(analysis, this);
  }

  Frame frame() {
    return frame;
  }

  /** Returns the state after {@code body}, run from {@code state} (which may change). */
  State exec(List<Stmt> body, State state) {
    State s = state;
    for (Stmt stmt : body) {
      if (s.ended()) break;
      analysis.deadline().check();
      s = exec(stmt, s);
    }
    return s;
  }

  private State exec(Stmt stmt, State s) {
    if (!(stmt instanceof Stmt.FunctionDef || stmt instanceof Stmt.ClassDef)) {
      frame.statement = stmt.span().code();
    }
    if (stmt instanceof Stmt.Assign a) {
      assign(a.target(), eval(a.value(), s), a.span(), s, a.value());
    } else if (stmt instanceof Stmt.Eval e) {
      eval(e.expr(), s);
    } else if (stmt instanceof Stmt.If i) {
      return branch(i, s);
    } else if (stmt instanceof Stmt.Loop l) {
      return loop(l, s);
    } else if (stmt instanceof Stmt.Return r) {
      Value v = r.value() == null ? Value.CLEAN : eval(r.value(), s);
      frame.returns(v.mapTaints(t -> t.through(new FlowStep(FlowStep.Kind.RETURN, r.span(),
          "returned from " + frame.name()))), r.span());
      s.end();
    } else if (stmt instanceof Stmt.Raise r) {
      if (r.value() != null) eval(r.value(), s);
      s.end();
    } else if (stmt instanceof Stmt.Try t) {
      return attempt(t, s);
    } else if (stmt instanceof Stmt.FunctionDef f) {
      s.put(f.name(), Value.function(new Value.Callable(f, frame.function == null ? null : s.copy())));
    } else if (stmt instanceof Stmt.ClassDef c) {
      s.put(c.name(), Value.api(ModuleAnalysis.LOCAL + c.name()));
    } else if (stmt instanceof Stmt.Import im) {
      String api = im.member() == null ? im.module() : im.module() + "." + im.member();
      s.put(im.alias(), Value.api(analysis.models().typeOf(api)));
    }
    return s;
  }

  private State attempt(Stmt.Try t, State s) {
    State body = exec(t.body(), s.copy());
    State after = body;
    for (List<Stmt> handler : t.handlers()) {
      after = State.join(after, exec(handler, State.join(s, body)));
    }
    if (t.always().isEmpty()) return after;
    boolean ended = after.ended();
    State result = exec(t.always(), ended ? State.join(s, body) : after);
    if (ended) result.end();
    return result;
  }

  private State branch(Stmt.If i, State s) {
    Value condition = eval(i.condition(), s);
    if (condition.constant() instanceof Boolean known) {
      return exec(known ? i.then() : i.otherwise(), s);
    }
    State then = s.copy();
    analysis.guards().refine(i.condition(), then, true, this);
    then = exec(i.then(), then);
    State otherwise = s.copy();
    analysis.guards().refine(i.condition(), otherwise, false, this);
    otherwise = exec(i.otherwise(), otherwise);
    State joined = State.join(then, otherwise);
    if (then.ended() && otherwise.ended()) joined.end();
    return joined;
  }

  private State loop(Stmt.Loop l, State s) {
    State current = s;
    for (int round = 0; round < 2; round++) {
      State entry = current.copy();
      if (l.iterable() != null) {
        Value items = eval(l.iterable(), entry);
        Value item = items.taintOnly();
        if (items.isCollection()) {
          for (Value element : items.elements().values()) item = item.join(element.taintOnly());
        }
        if (l.target() != null) assign(l.target(), item, l.span(), entry);
      }
      State after = exec(l.body(), entry);
      current = State.join(current, after);
    }
    return current;
  }

  /** Stores {@code value} in {@code target}, checking the sinks of attribute assignments. */
  void assign(Expr target, Value value, Span span, State s) {
    assign(target, value, span, s, null);
  }

  /** Stores a value; {@code source}, the expression assigned, tells what a name is a view of. */
  private void assign(Expr target, Value value, Span span, State s, Expr source) {
    if (target instanceof Name n) {
      s.put(n.id(), value.mapTaints(t -> t.through(new FlowStep(FlowStep.Kind.PROPAGATION, span,
          "assigned to " + n.id()))));
      s.derive(n.id(), source instanceof Member || source instanceof Index || source instanceof Call
          ? Guards.root(source) : null);
      analysis.assignedGlobal(n.id(), value, source, span, frame);
    } else if (target instanceof Member m) {
      Value object = eval(m.object(), s);
      calls.assigned(object, m.name(), value, source, span, frame);
      String key = key(m.object());
      if (key != null) s.replace(key + "." + m.name(), value);
    } else if (target instanceof Index x) {
      Value object = eval(x.object(), s);
      Value k = eval(x.key(), s);
      if (k.constant() instanceof String name) calls.assigned(object, name, value, source, span, frame);
      else if (k.tainted() && value.tainted()) pollution.assigned(x, k, source, span, s);
      String key = key(x.object());
      if (key != null) s.replace(key + "[" + (k.constant() == null ? "*" : k.constant()) + "]", value);
    } else if (target instanceof Collection c) {
      for (int i = 0; i < c.values().size(); i++) {
        String k = c.keys().get(i) == null ? String.valueOf(i) : c.keys().get(i);
        Value part = value.isCollection() && value.element(k) != null ? value.element(k)
            : value.taintOnly();
        assign(c.values().get(i), part, span, s);
      }
    } else {
      eval(target, s);
    }
  }

  /** Returns the state key of a name or constant access path, or null. */
  static String key(Expr e) {
    if (e instanceof Name n) return n.id();
    if (e instanceof Member m) {
      String base = key(m.object());
      return base == null ? null : base + "." + m.name();
    }
    if (e instanceof Index x && x.key() instanceof Literal l && l.value() != null) {
      String base = key(x.object());
      return base == null ? null : base + "[" + l.value() + "]";
    }
    return null;
  }

  /** Returns what the analysis knows of {@code e} in {@code s}. */
  Value eval(Expr e, State s) {
    if (e instanceof Name n) return name(n, s);
    if (e instanceof Literal l) return l.value() == null ? Value.CLEAN : Value.constant(l.value());
    if (e instanceof Member m) return member(m, s);
    if (e instanceof Index x) return index(x, s);
    if (e instanceof Call c) return calls.call(c, s, frame);
    if (e instanceof Expr.Concat c) return concat(c, s);
    if (e instanceof Expr.Conditional x) return conditional(x, s);
    if (e instanceof Expr.Either x) {
      Value v = null;
      for (Expr option : x.options()) v = v == null ? eval(option, s) : v.join(eval(option, s));
      return v == null ? Value.CLEAN : v;
    }
    if (e instanceof Collection c) {
      Map<String, Value> elements = new LinkedHashMap<>();
      for (int i = 0; i < c.values().size(); i++) {
        String k = c.keys().get(i) == null ? String.valueOf(i) : c.keys().get(i);
        elements.put(k, eval(c.values().get(i), s));
      }
      return Value.collection(elements);
    }
    if (e instanceof Expr.Function f) return Value.function(new Value.Callable(f.definition(), s.copy()));
    if (e instanceof Expr.Membership m) {
      eval(m.item(), s);
      eval(m.container(), s);
      return Value.CLEAN;
    }
    if (e instanceof Expr.Compare c) {
      Value l = eval(c.left(), s);
      Value r = eval(c.right(), s);
      if (l.constant() != null && r.constant() != null && !l.tainted() && !r.tainted()) {
        return Value.constant(l.constant().equals(r.constant()) == c.equal() != c.negated());
      }
      return Value.CLEAN;
    }
    if (e instanceof Expr.Not n) {
      Value v = eval(n.operand(), s);
      return v.constant() instanceof Boolean b ? Value.constant(!b) : Value.CLEAN;
    }
    if (e instanceof Expr.And a) return logical(eval(a.left(), s), eval(a.right(), s), true);
    if (e instanceof Expr.Or o) return logical(eval(o.left(), s), eval(o.right(), s), false);
    if (e instanceof Expr.Clean c) {
      c.operands().forEach(o -> eval(o, s));
      return Value.CLEAN;
    }
    Value v = Value.CLEAN;
    for (Expr part : ((Expr.Other) e).parts()) v = v.join(eval(part, s).taintOnly());
    return v;
  }

  /**
   * Returns the value of a string built from parts, or of a list concatenation: a list literal
   * first keeps its elements, so {@code ["tool"] + args} still runs {@code tool}.
   */
  private Value concat(Expr.Concat c, State s) {
    List<Taint> taints = new java.util.ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean constant = true;
    String api = null;
    Map<String, Value> elements = null;
    for (int i = 0; i < c.parts().size(); i++) {
      Value p = eval(c.parts().get(i), s);
      if (i == 0) {
        api = p.api();
        elements = p.elements();
      }
      if (constant && (HOST_PREFIX.matcher(text).matches() || LOCAL_PREFIX.matcher(text).matches())) {
        Set<String> fixed = HOST_PREFIX.matcher(text).matches() ? Set.of("ssrf", "open-redirect")
            : Set.of("open-redirect");
        taints.addAll(p.mapTaints(t -> t.reported(fixed)).taints());
      } else {
        taints.addAll(p.taints());
      }
      if (p.constant() == null) constant = false;
      else text.append(p.constant());
    }
    return new Value(Value.merge(taints, List.of()), constant ? text.toString() : null, api,
        elements, null);
  }

  /** Returns the value of {@code c ? a : b}, each branch evaluated where its condition holds. */
  private Value conditional(Expr.Conditional x, State s) {
    Value condition = eval(x.condition(), s);
    if (condition.constant() instanceof Boolean known) return eval(known ? x.then() : x.otherwise(), s);
    State then = s.copy();
    analysis.guards().refine(x.condition(), then, true, this);
    State otherwise = s.copy();
    analysis.guards().refine(x.condition(), otherwise, false, this);
    return eval(x.then(), then).join(eval(x.otherwise(), otherwise));
  }

  private static Value logical(Value left, Value right, boolean and) {
    if (left.constant() instanceof Boolean l && right.constant() instanceof Boolean r) {
      return Value.constant(and ? l && r : l || r);
    }
    return left.taintOnly().join(right.taintOnly());
  }

  private Value name(Name n, State s) {
    Value bound = s.whole(n.id());
    if (bound != null) return bound;
    Stmt.FunctionDef def = analysis.function(n.id());
    if (def != null) return Value.function(new Value.Callable(def, null));
    if (analysis.hasClass(n.id())) return Value.api(ModuleAnalysis.LOCAL + n.id());
    return Value.api(n.id());
  }

  private Value member(Member m, State s) {
    String key = key(m);
    if (key != null && s.get(key) != null) return s.whole(key);
    Value object = eval(m.object(), s);
    if (object.isCollection() && object.element(m.name()) != null) return object.element(m.name());
    return calls.read(object, m.name(), m.span(), s);
  }

  private Value index(Index x, State s) {
    String key = key(x);
    if (key != null && s.get(key) != null) return s.whole(key);
    Value object = eval(x.object(), s);
    Value k = eval(x.key(), s);
    if (object.isCollection() && k.constant() != null) {
      Value element = object.element(String.valueOf(k.constant()));
      if (element != null) return element;
    }
    String base = key(x.object());
    if (base != null && s.get(base + "[*]") != null) return object.taintOnly().join(s.get(base + "[*]"));
    return object.taintOnly().withApi(object.api() == null ? null : object.api() + "[]");
  }
}
