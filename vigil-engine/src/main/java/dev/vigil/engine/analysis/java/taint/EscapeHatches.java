package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.Set;

/**
 * Escape hatches: a boolean field that is off unless an administrator turns it on (no initializer,
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
    Expression x = unwrap(e);
    if (!(x instanceof NameExpr) && !(x instanceof FieldAccessExpr)) return false;
    VariableDeclarator field = in.fieldDeclaration(x);
    if (field == null || !BOOLEAN_TYPES.contains(field.getTypeAsString())) return false;
    return field.getInitializer().map(EscapeHatches::offInitially).orElse(true);
  }

  /**
   * Returns true if {@code r} is the whole body of an {@code if} whose condition is an escape hatch
   * ({@code if (ALLOW) return true;}): a return not taken by default.
   */
  static boolean behindHatch(MethodInterpreter in, ReturnStmt r) {
    Node n = r;
    Node parent = r.getParentNode().orElse(null);
    if (parent instanceof BlockStmt b && b.getStatements().size() == 1) {
      n = b;
      parent = b.getParentNode().orElse(null);
    }
    return parent instanceof IfStmt i && i.getThenStmt() == n && isOffByDefault(in, i.getCondition());
  }

  private static boolean offInitially(Expression init) {
    Expression x = unwrap(init);
    if (x instanceof BooleanLiteralExpr b) return !b.getValue();
    if (x instanceof FieldAccessExpr fa) return fa.toString().endsWith("Boolean.FALSE");
    if (!(x instanceof MethodCallExpr m) || !PROPERTY_READS.contains(m.getNameAsString())) return false;
    int arity = m.getArguments().size();
    if (m.getNameAsString().equals("getBoolean")) {
      // Boolean.getBoolean(name) is false unless set; getBoolean(name, default) by its default
      return arity == 1 || arity == 2 && unwrap(m.getArgument(1)) instanceof BooleanLiteralExpr b && !b.getValue();
    }
    // Boolean.parseBoolean(System.getProperty(name)) / Boolean.valueOf(...): false unless set to "true"
    return arity == 1 && unwrap(m.getArgument(0)) instanceof MethodCallExpr p
        && p.getNameAsString().equals("getProperty") && p.getArguments().size() == 1;
  }

  private static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    return x;
  }
}
