package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * Reports assignments that can write {@code Object.prototype}: a computed member assigned with
 * both key and value from untrusted data, where the key can be {@code "__proto__"} of an object
 * reached by another untrusted key ({@code target[a][b] = v}) or where the function merges
 * recursively (it calls itself, or a closure run inline in it calls it, so {@code target[key]}
 * may already be {@code Object.prototype}).
 * A function that compares keys with {@code "__proto__"}, {@code "constructor"} or
 * {@code "prototype"}, or checks {@code hasOwnProperty}/{@code Object.hasOwn}, is taken as
 * guarding its keys; {@code target[key] = target[key] || {}} keeps the member's own value. Only languages with a {@code prototype-pollution} rule report it.
 */
final class PrototypePollution {
  /** The sink kind a rule names. */
  static final String KIND = "prototype-pollution";
  private static final Set<String> PROTOTYPE_KEYS = Set.of("__proto__", "constructor", "prototype");
  private static final Set<String> OWN_CHECKS = Set.of("hasOwnProperty", "hasOwn");

  private final ModuleAnalysis analysis;
  private final Interpreter interpreter;

  PrototypePollution(ModuleAnalysis analysis, Interpreter interpreter) {
    this.analysis = analysis;
    this.interpreter = interpreter;
  }

  /** Checks {@code target = value} where {@code key}, the computed key of {@code target}, and the value are tainted. */
  void assigned(Expr.Index target, Value key, Expr assigned, Span span, State s) {
    RuleInfo rule = analysis.rules().forKind(KIND);
    if (rule == null || defaultsItself(target, assigned)) return;
    Frame frame = interpreter.frame();
    Stmt.FunctionDef function = frame.function;
    boolean nested = target.object() instanceof Expr.Index inner && !(inner.key() instanceof Expr.Literal)
        && interpreter.eval(inner.key(), s.copy()).tainted();
    String name = frame.name().substring(frame.name().lastIndexOf('.') + 1);
    boolean recursive = function != null && !name.startsWith("<")
        && Outlines.any(function.body(), e -> callsSelf(e, name));
    if (!nested && !recursive) return;
    if (function != null && Outlines.any(function.body(), PrototypePollution::guardsKeys)) return;
    SinkSite site = new SinkSite(rule, KIND, new FlowStep(FlowStep.Kind.SINK, span,
        "computed member assigned with an untrusted key"), frame.name());
    for (Taint t : key.taints()) {
      if (t.reaches(KIND)) analysis.report(t, site, frame);
    }
  }

  /** Returns true for {@code target[key] = target[key] || {}}: the member keeps its own value or a new object. */
  private static boolean defaultsItself(Expr.Index target, Expr assigned) {
    List<Expr> options = assigned instanceof Expr.Either e ? e.options()
        : assigned instanceof Expr.Or o ? List.of(o.left(), o.right()) : List.of();
    return options.stream().anyMatch(o -> o.span().code().equals(target.span().code()));
  }

  private static boolean callsSelf(Expr e, String name) {
    if (!(e instanceof Expr.Call c)) return false;
    return c.callee() instanceof Expr.Name n && n.id().equals(name)
        || c.callee() instanceof Expr.Member m && m.name().equals(name);
  }

  private static boolean guardsKeys(Expr e) {
    if (e instanceof Expr.Literal l && l.value() instanceof String text) return PROTOTYPE_KEYS.contains(text);
    return e instanceof Expr.Member m && OWN_CHECKS.contains(m.name());
  }
}
