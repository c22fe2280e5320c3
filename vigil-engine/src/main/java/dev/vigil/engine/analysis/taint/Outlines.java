package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.taint.ScriptOutline.CallTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link ScriptOutline} functions of a lowered file: every function (nested ones
 * apart, each called by the function that defines it), and the calls in each body by name, a call
 * through an imported module or name keeping the module ({@code db.find} after
 * {@code import db}).
 */
final class Outlines {
  private final Map<String, Stmt.Import> imports = new HashMap<>();
  private final List<ScriptOutline.Function> functions = new ArrayList<>();

  private Outlines() {}

  /**
   * Returns the functions of {@code module}, its top level first as {@link ScriptOutline#MODULE}
   * from line 0, so that a function spanning the whole file is still the innermost one.
   */
  static List<ScriptOutline.Function> of(SourceModule module) {
    Outlines outlines = new Outlines();
    for (Stmt stmt : module.body()) {
      if (stmt instanceof Stmt.Import i) outlines.imports.put(i.alias(), i);
    }
    int end = module.body().stream().mapToInt(s -> s.span().endLine()).max().orElse(1);
    outlines.function(ScriptOutline.MODULE, List.of(), 0, 0, end, module.body(), null);
    return List.copyOf(outlines.functions);
  }

  /** Returns the outline name of a function: {@code Owner.name}, or {@code <anonymous@line>}. */
  static String nameOf(Stmt.FunctionDef def) {
    String own = def.name().isEmpty() ? "<anonymous@" + def.span().line() + ">" : def.name();
    return def.owner() == null ? own : def.owner() + "." + own;
  }

  private void function(String name, List<String> aliases, int arity, int line, int endLine,
      List<Stmt> body, String owner) {
    Set<CallTarget> calls = new LinkedHashSet<>();
    int index = functions.size();
    functions.add(null);
    statements(body, calls, owner);
    functions.set(index, new ScriptOutline.Function(name, aliases, arity, line, endLine,
        List.copyOf(calls)));
  }

  private void statements(List<Stmt> body, Set<CallTarget> calls, String owner) {
    for (Stmt stmt : body) statement(stmt, calls, owner);
  }

  private void statement(Stmt stmt, Set<CallTarget> calls, String owner) {
    if (stmt instanceof Stmt.FunctionDef f) {
      define(f, calls, List.of());
    } else if (stmt instanceof Stmt.ClassDef c) {
      c.bases().forEach(b -> expression(b, calls, owner));
      statements(c.body(), calls, c.name());
    } else if (stmt instanceof Stmt.If i) {
      expression(i.condition(), calls, owner);
      statements(i.then(), calls, owner);
      statements(i.otherwise(), calls, owner);
    } else if (stmt instanceof Stmt.Loop l) {
      if (l.iterable() != null) expression(l.iterable(), calls, owner);
      statements(l.body(), calls, owner);
    } else if (stmt instanceof Stmt.Try t) {
      statements(t.body(), calls, owner);
      t.handlers().forEach(h -> statements(h, calls, owner));
      statements(t.always(), calls, owner);
    } else if (stmt instanceof Stmt.Assign a && a.value() instanceof Expr.Function f) {
      expression(a.target(), calls, owner);
      String alias = a.target() instanceof Expr.Name n ? n.id()
          : a.target() instanceof Expr.Member m ? m.name() : null;
      define(f.definition(), calls, alias == null ? List.of() : List.of(alias));
    } else {
      for (Expr e : expressionsOf(stmt)) expression(e, calls, owner);
    }
  }

  private static List<Expr> expressionsOf(Stmt stmt) {
    List<Expr> found = new ArrayList<>();
    if (stmt instanceof Stmt.Assign a) {
      found.add(a.target());
      found.add(a.value());
    } else if (stmt instanceof Stmt.Eval e) {
      found.add(e.expr());
    } else if (stmt instanceof Stmt.Return r && r.value() != null) {
      found.add(r.value());
    } else if (stmt instanceof Stmt.Raise r && r.value() != null) {
      found.add(r.value());
    }
    return found;
  }

  private void define(Stmt.FunctionDef f, Set<CallTarget> calls, List<String> aliases) {
    f.decorators().forEach(d -> expression(d, calls, f.owner()));
    String name = nameOf(f);
    calls.add(new CallTarget(null, name));
    function(name, aliases, f.params().size(), f.span().line(), f.span().endLine(), f.body(),
        f.owner());
  }

  private void expression(Expr e, Set<CallTarget> calls, String owner) {
    if (e instanceof Expr.Function f) {
      define(f.definition(), calls, List.of());
      return;
    }
    if (e instanceof Expr.Call c) target(c.callee(), owner).ifPresent(calls::add);
    for (Expr part : partsOf(e)) expression(part, calls, owner);
  }

  /** Returns true if an expression of {@code body} (nested functions included) passes {@code test}. */
  static boolean any(List<Stmt> body, java.util.function.Predicate<Expr> test) {
    for (Stmt stmt : body) {
      List<Expr> roots = new ArrayList<>(expressionsOf(stmt));
      List<List<Stmt>> blocks = new ArrayList<>();
      if (stmt instanceof Stmt.FunctionDef f) blocks.add(f.body());
      if (stmt instanceof Stmt.ClassDef c) blocks.add(c.body());
      if (stmt instanceof Stmt.If i) {
        roots.add(i.condition());
        blocks.add(i.then());
        blocks.add(i.otherwise());
      }
      if (stmt instanceof Stmt.Loop l) {
        if (l.iterable() != null) roots.add(l.iterable());
        blocks.add(l.body());
      }
      if (stmt instanceof Stmt.Try t) {
        blocks.add(t.body());
        blocks.addAll(t.handlers());
        blocks.add(t.always());
      }
      for (Expr root : roots) {
        if (anyIn(root, test)) return true;
      }
      for (List<Stmt> block : blocks) {
        if (any(block, test)) return true;
      }
    }
    return false;
  }

  private static boolean anyIn(Expr e, java.util.function.Predicate<Expr> test) {
    if (test.test(e)) return true;
    if (e instanceof Expr.Function f) return any(f.definition().body(), test);
    for (Expr part : partsOf(e)) {
      if (anyIn(part, test)) return true;
    }
    return false;
  }

  /** Returns the sub-expressions of {@code e}. */
  static List<Expr> partsOf(Expr e) {
    List<Expr> parts = new ArrayList<>();
    if (e instanceof Expr.Call c) {
      parts.add(c.callee());
      c.arguments().forEach(a -> parts.add(a.value()));
    } else if (e instanceof Expr.Member m) {
      parts.add(m.object());
    } else if (e instanceof Expr.Index x) {
      parts.add(x.object());
      parts.add(x.key());
    } else if (e instanceof Expr.Concat c) {
      parts.addAll(c.parts());
    } else if (e instanceof Expr.Either x) {
      parts.addAll(x.options());
    } else if (e instanceof Expr.Conditional x) {
      parts.addAll(List.of(x.condition(), x.then(), x.otherwise()));
    } else if (e instanceof Expr.Collection c) {
      parts.addAll(c.values());
    } else if (e instanceof Expr.Membership m) {
      parts.add(m.item());
      parts.add(m.container());
    } else if (e instanceof Expr.Compare c) {
      parts.add(c.left());
      parts.add(c.right());
    } else if (e instanceof Expr.Not n) {
      parts.add(n.operand());
    } else if (e instanceof Expr.And a) {
      parts.add(a.left());
      parts.add(a.right());
    } else if (e instanceof Expr.Or o) {
      parts.add(o.left());
      parts.add(o.right());
    } else if (e instanceof Expr.Clean c) {
      parts.addAll(c.operands());
    } else if (e instanceof Expr.Other o) {
      parts.addAll(o.parts());
    }
    return parts;
  }

  /** Returns what a callee names: a function of the file, a method of the owner, or an import's. */
  private java.util.Optional<CallTarget> target(Expr callee, String owner) {
    if (callee instanceof Expr.Name n) {
      Stmt.Import imported = imports.get(n.id());
      if (imported != null && imported.member() != null) {
        return java.util.Optional.of(new CallTarget(imported.module(), imported.member()));
      }
      return java.util.Optional.of(new CallTarget(null, n.id()));
    }
    if (callee instanceof Expr.Member m && m.object() instanceof Expr.Name base) {
      if (owner != null && (base.id().equals("self") || base.id().equals("this"))) {
        return java.util.Optional.of(new CallTarget(null, owner + "." + m.name()));
      }
      Stmt.Import imported = imports.get(base.id());
      if (imported != null && imported.member() == null) {
        return java.util.Optional.of(new CallTarget(imported.module(), m.name()));
      }
    }
    return java.util.Optional.empty();
  }
}
