package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The states at the returns of a method that returns a boolean, split by the result: a check
 * written as a helper ({@code if (!canDownload(name)) throw ...}) proves on the caller's branch
 * what held at the helper's returns of that result. A constant {@code return true} keeps its
 * state; {@code return cond} keeps the state in which {@code cond} is true (and, for a false
 * result, the one in which it is false), as a guard would. A return behind an escape hatch
 * ({@code if (ALLOW_OUTSIDE) return true;}, see {@link EscapeHatches}) is not taken by default and
 * is left out.
 */
final class BooleanReturns {
  private final List<State> whenTrue = new ArrayList<>();
  private final List<State> whenFalse = new ArrayList<>();

  /** Returns true if {@code method} is declared to return a boolean. */
  static boolean returnsBoolean(CallableDeclaration<?> method) {
    return method instanceof MethodDeclaration md
        && (md.getType().asString().equals("boolean") || md.getType().asString().equals("Boolean"));
  }

  /** Records a return of {@code result} (whose value is {@code v}) from state {@code s}. */
  void returned(MethodInterpreter in, Expression result, Value v, State s) {
    if (result.getParentNode().orElse(null) instanceof ReturnStmt r && EscapeHatches.behindHatch(in, r)) return;
    if (v.constant() instanceof Boolean b) {
      (b ? whenTrue : whenFalse).add(s.copy());
      return;
    }
    State t = s.copy();
    Guards.refine(in, result, t, true);
    whenTrue.add(t);
    State f = s.copy();
    Guards.refine(in, result, f, false);
    whenFalse.add(f);
  }

  /** Returns the join of the states that return {@code outcome}, or null if none does. */
  State exit(boolean outcome) {
    State joined = null;
    for (State s : outcome ? whenTrue : whenFalse) joined = State.join(joined, s);
    return joined;
  }
}
