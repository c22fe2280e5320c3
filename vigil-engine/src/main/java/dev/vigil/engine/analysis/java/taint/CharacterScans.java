package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.vigil.engine.analysis.Finding;
import java.util.Set;

/**
 * Hand-written traversal scans, recognised by what they do: a loop bounded by {@code x.length()}
 * that leaves (return or throw) where it finds a {@code '.'} followed by a {@code '.'} in {@code x}
 * ({@code x.charAt(i) == '.' && x.charAt(i + 1) == '.'}), written inline or in a boolean helper of
 * the same class that returns true on it (also through further helpers). When such a loop ends
 * normally, {@code x} holds no parent reference, so it is cleared for path injection and zip slip.
 */
final class CharacterScans {
  private static final Set<String> PATH = Set.of("path-injection", "zip-slip");
  private static final int HELPER_DEPTH = 3;

  private CharacterScans() {}

  /** Sanitizes, in {@code exit} (a loop's normal exit), what the loop {@code cond}/{@code body} scanned for "..". */
  static void afterLoop(MethodInterpreter in, Expression cond, Statement body, State exit) {
    if (cond == null || exit == null) return;
    for (MethodCallExpr length : cond.findAll(MethodCallExpr.class)) lengthOf(in, length, body, exit);
    for (NameExpr bound : cond.findAll(NameExpr.class)) {
      if (LocalDefinitions.of(in, bound) instanceof MethodCallExpr length) lengthOf(in, length, body, exit);
    }
  }

  private static void lengthOf(MethodInterpreter in, MethodCallExpr length, Statement body, State exit) {
    if (!length.getNameAsString().equals("length") || !length.getArguments().isEmpty()
        || !(length.getScope().orElse(null) instanceof NameExpr scanned)) {
      return;
    }
    String key = in.variableKey(scanned);
    if (key == null || !exit.has(key)) return;
    for (IfStmt check : body.findAll(IfStmt.class)) {
      if (leaves(check.getThenStmt()) && detects(check.getCondition(), scanned.getNameAsString(), HELPER_DEPTH)) {
        Guards.sanitize(in, key, exit, PATH, check, "scanned for \"..\" by " + firstLine(check));
        return;
      }
    }
  }

  /** Returns true if {@code s} is or ends in a return or a throw. */
  private static boolean leaves(Statement s) {
    if (s instanceof ReturnStmt || s instanceof ThrowStmt) return true;
    return s.isBlockStmt() && !s.asBlockStmt().getStatements().isEmpty()
        && leaves(s.asBlockStmt().getStatements().getLast().orElseThrow());
  }

  /**
   * Returns true if {@code e}, where true, has found ".." in {@code name}: two {@code name.charAt(..) == '.'}
   * tests joined by {@code &&}, or a call of a same-class helper, given {@code name}, that returns
   * true on such a test.
   */
  private static boolean detects(Expression e, String name, int depth) {
    Expression x = Guards.unwrap(e);
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
      return dots(b, name) >= 2 || detects(b.getLeft(), name, depth) || detects(b.getRight(), name, depth);
    }
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.OR) {
      return detects(b.getLeft(), name, depth) || detects(b.getRight(), name, depth);
    }
    return x instanceof MethodCallExpr call && depth > 0 && helperDetects(call, name, depth - 1);
  }

  /** Counts the {@code name.charAt(..) == '.'} tests in an {@code &&} chain. */
  private static int dots(Expression e, String name) {
    Expression x = Guards.unwrap(e);
    if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.AND) {
      return dots(b.getLeft(), name) + dots(b.getRight(), name);
    }
    return x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS
        && (isDotAt(b.getLeft(), b.getRight(), name) || isDotAt(b.getRight(), b.getLeft(), name)) ? 1 : 0;
  }

  private static boolean isDotAt(Expression charAt, Expression dot, String name) {
    return Guards.unwrap(dot) instanceof CharLiteralExpr c && c.asChar() == '.'
        && Guards.unwrap(charAt) instanceof MethodCallExpr m && m.getNameAsString().equals("charAt")
        && m.getScope().orElse(null) instanceof NameExpr s && s.getNameAsString().equals(name);
  }

  /** Returns true if {@code call} runs a same-class boolean helper that returns true where it finds ".." in {@code name}. */
  private static boolean helperDetects(MethodCallExpr call, String name, int depth) {
    int at = -1;
    for (int i = 0; i < call.getArguments().size(); i++) {
      if (Guards.unwrap(call.getArgument(i)) instanceof NameExpr a && a.getNameAsString().equals(name)) at = i;
    }
    TypeDeclaration<?> type = call.findAncestor(TypeDeclaration.class).orElse(null);
    if (at < 0 || type == null || call.getScope().isPresent()) return false;
    for (MethodDeclaration m : type.getMethodsByName(call.getNameAsString())) {
      if (m.getParameters().size() != call.getArguments().size() || !m.getTypeAsString().equals("boolean")) {
        continue;
      }
      String param = m.getParameter(at).getNameAsString();
      for (ReturnStmt r : m.findAll(ReturnStmt.class)) {
        Expression v = r.getExpression().orElse(null);
        if (v != null && detects(v, param, depth)) return true;
        Expression guard = v instanceof BooleanLiteralExpr b && b.getValue() ? Guards.condition(r) : null;
        if (guard != null && detects(guard, param, depth)) return true;
      }
    }
    return false;
  }

  private static String firstLine(IfStmt check) {
    return Finding.normalise("if (" + check.getCondition() + ")");
  }
}
