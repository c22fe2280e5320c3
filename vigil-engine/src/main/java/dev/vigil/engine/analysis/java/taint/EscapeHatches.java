package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.Set;

/**
 * Escape hatches: a boolean field that is off unless an administrator turns it on (initialized to
 * {@code false}, {@code Boolean.getBoolean(name)}, {@code SystemProperties.getBoolean(name, false)},
 * {@code Boolean.parseBoolean(System.getProperty(name))}) and that, when on, skips a check. Real
 * fixes add one next to their guard ({@code if (ALLOW_OUTSIDE) return true;} in the helper, or
 * {@code if (!allowOutside && !isSafe(x)) throw} at the caller). Like other analyzers, the guard is
 * read as it behaves by default: the branch where the hatch is open is not one an attacker can
 * choose, so it proves nothing and defeats nothing.
 */
final class EscapeHatches {
  private static final Set<String> PROPERTY_READS = Set.of("getBoolean", "parseBoolean", "valueOf");
  private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "Boolean", "java.lang.Boolean");

  private EscapeHatches() {}

  /** Returns true if {@code e} reads a boolean field that is off by default. */
  static boolean isOffByDefault(MethodInterpreter in, Expression e) {
    Expression x = Guards.unwrap(e);
    if (!(x instanceof NameExpr) && !(x instanceof FieldAccessExpr)) return false;
    VariableDeclarator field = in.fieldDeclaration(x);
    if (field == null || !BOOLEAN_TYPES.contains(field.getTypeAsString())) return false;
    // a field without an initializer may be set by any code, not only by an administrator
    return field.getInitializer().map(EscapeHatches::offInitially).orElse(false);
  }

  /**
   * Returns true if {@code r} is in the then-branch of an {@code if} whose condition is an escape
   * hatch ({@code if (ALLOW) return true;}): a return not taken by default.
   */
  static boolean behindHatch(MethodInterpreter in, ReturnStmt r) {
    Expression cond = Guards.condition(r);
    return cond != null && isOffByDefault(in, cond);
  }

  private static boolean offInitially(Expression init) {
    Expression x = Guards.unwrap(init);
    if (x instanceof BooleanLiteralExpr b) return !b.getValue();
    if (x instanceof FieldAccessExpr fa) return fa.toString().endsWith("Boolean.FALSE");
    if (!(x instanceof MethodCallExpr m) || !PROPERTY_READS.contains(m.getNameAsString())) return false;
    int arity = m.getArguments().size();
    if (m.getNameAsString().equals("getBoolean")) {
      // Boolean.getBoolean(name) is false unless set; getBoolean(name, default) by its default
      return arity == 1 || arity == 2 && Guards.unwrap(m.getArgument(1)) instanceof BooleanLiteralExpr b && !b.getValue();
    }
    // Boolean.parseBoolean(System.getProperty(name)) / Boolean.valueOf(...): false unless set to "true"
    return arity == 1 && Guards.unwrap(m.getArgument(0)) instanceof MethodCallExpr p
        && p.getNameAsString().equals("getProperty") && p.getArguments().size() == 1;
  }
}
