package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.taint.Expr.Call;
import dev.vigil.engine.analysis.taint.Expr.Member;
import dev.vigil.engine.analysis.taint.ModelRows.Guard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sanitizes values on the branch where a check holds: membership in an untainted container (an
 * allow-list), equality with a constant, and the checks the models list as guards (a
 * {@code startswith} on a canonicalised path, an anchored regular expression, {@code isdigit}).
 * {@code not}, {@code and} and {@code or} combine as in logic: {@code if x not in ALLOWED: return}
 * leaves {@code x} sanitized after the {@code if}. A checked expression such as
 * {@code urlparse(url).hostname} sanitizes the variable it is computed from, and so does a check
 * of a variable assigned such a view ({@code host = urlparse(url).netloc}).
 */
final class Guards {
  private final TaintModels models;

  Guards(TaintModels models) {
    this.models = models;
  }

  /** Refines {@code s} with what {@code condition} being {@code holds} tells. */
  void refine(Expr condition, State s, boolean holds, Interpreter interpreter) {
    if (condition instanceof Expr.Not n) {
      refine(n.operand(), s, !holds, interpreter);
    } else if (condition instanceof Expr.And a) {
      both(a.left(), a.right(), s, holds, holds, interpreter);
    } else if (condition instanceof Expr.Or o) {
      both(o.left(), o.right(), s, holds, !holds, interpreter);
    } else if (condition instanceof Expr.Membership m) {
      if (holds != m.negated() && !interpreter.eval(m.container(), s).tainted()) {
        sanitize(m.item(), s, Set.of("all"), "", condition.span());
      }
    } else if (condition instanceof Expr.Compare c && c.equal() && holds != c.negated()) {
      if (constant(c.right(), s, interpreter)) sanitize(c.left(), s, Set.of("all"), "", c.span());
      else if (constant(c.left(), s, interpreter)) sanitize(c.right(), s, Set.of("all"), "", c.span());
    } else if (condition instanceof Call c && holds) {
      guardCall(c, s, interpreter);
    }
  }

  /**
   * Refines with both sides of a conjunction ({@code together}) or with either side of a
   * disjunction, keeping what holds on both ways: {@code !(x !== 'a' && x !== 'b')} leaves x
   * one of two constants.
   */
  private void both(Expr left, Expr right, State s, boolean holds, boolean together,
      Interpreter interpreter) {
    if (together) {
      refine(left, s, holds, interpreter);
      refine(right, s, holds, interpreter);
      return;
    }
    State first = s.copy();
    refine(left, first, holds, interpreter);
    State second = s.copy();
    refine(right, second, holds, interpreter);
    s.replaceWith(State.join(first, second));
  }

  private static boolean constant(Expr e, State s, Interpreter interpreter) {
    Value v = interpreter.eval(e, s);
    return v.constant() != null && !v.tainted();
  }

  private void guardCall(Call c, State s, Interpreter interpreter) {
    Expr receiverExpr = c.callee() instanceof Member m ? m.object() : null;
    Value receiver = receiverExpr == null ? null : interpreter.eval(receiverExpr, s);
    String member = c.callee() instanceof Member m ? m.name() : null;
    Value callee = interpreter.eval(c.callee(), s);
    List<Expr> positional = new ArrayList<>();
    Map<String, Expr> keywords = new LinkedHashMap<>();
    List<Value> values = new ArrayList<>();
    Map<String, Value> keywordValues = new LinkedHashMap<>();
    for (Expr.Argument a : c.arguments()) {
      if (a.keyword() != null) {
        keywords.put(a.keyword(), a.value());
        keywordValues.put(a.keyword(), interpreter.eval(a.value(), s));
      } else {
        positional.add(a.value());
        values.add(interpreter.eval(a.value(), s));
      }
    }
    for (Guard row : models.guards(models.names(callee.api(), member))) {
      Input in = row.checked();
      if (!in.applies(receiver, values, keywordValues)) continue;
      List<Expr> checked = new ArrayList<>();
      if (in.where() == Input.Where.QUALIFIER) {
        if (receiverExpr != null) checked.add(receiverExpr);
      } else if (in.where() == Input.Where.ARGUMENT) {
        if (in.position() >= 0 && in.position() < positional.size()) checked.add(positional.get(in.position()));
        else if (in.keyword() != null && keywords.containsKey(in.keyword())) checked.add(keywords.get(in.keyword()));
      } else {
        checked.addAll(positional);
      }
      for (Expr e : checked) sanitize(e, s, row.marks(), row.requires(), c.span());
    }
  }

  /** Marks the variable {@code checked} is computed from, if every taint has {@code requires}. */
  private static void sanitize(Expr checked, State s, Set<String> marks, String requires,
      Span span) {
    String key = Interpreter.key(checked);
    List<String> keys = new ArrayList<>();
    if (key != null) keys.add(key);
    String root = root(checked);
    if (root != null && !root.equals(key)) keys.add(root);
    String origin = root == null ? null : s.origin(root);
    if (origin != null && !keys.contains(origin)) keys.add(origin);
    FlowStep step = new FlowStep(FlowStep.Kind.SANITIZER, span, "checked by " + span.code());
    for (String k : keys) {
      Value v = k.equals(root) || k.equals(origin) ? s.whole(k) : s.get(k);
      if (v == null || !v.tainted()) continue;
      if (!requires.isEmpty() && !v.taints().stream().allMatch(t -> t.marks().contains(requires))) continue;
      Value refined = marks.contains("all") ? v.withTaints(List.of())
          : v.mapTaints(t -> t.marked(marks, step));
      s.replace(k, refined);
      if (k.equals(root) || k.equals(origin)) {
        for (String sub : new ArrayList<>(s.entries().keySet())) {
          if (sub.startsWith(k + ".") || sub.startsWith(k + "[")) {
            Value part = s.get(sub);
            s.replace(sub, marks.contains("all") ? part.withTaints(List.of())
                : part.mapTaints(t -> t.marked(marks, step)));
          }
        }
      }
    }
  }

  /** Returns the variable an expression is computed from: {@code f(x).y} and {@code x.y()} give x. */
  static String root(Expr e) {
    if (e instanceof Expr.Name n) return n.id();
    if (e instanceof Member m) return root(m.object());
    if (e instanceof Expr.Index x) return root(x.object());
    if (e instanceof Call c) {
      if (c.callee() instanceof Member m) {
        String r = root(m.object());
        if (r != null) return r;
      }
      return c.arguments().isEmpty() ? null : root(c.arguments().get(0).value());
    }
    return null;
  }
}
