package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether code a fix adds may throw a checked exception where it goes: only where the exception is
 * caught around it or declared by its method, because a fix never changes a signature.
 */
final class CheckedExceptions {
  private CheckedExceptions() {}

  /**
   * Returns true if an exception thrown at {@code node} whose type or a supertype is among
   * {@code types} (simple or qualified names) is caught around it or declared by its method;
   * {@code Exception} and {@code Throwable} cover all.
   */
  static boolean handled(Node node, Set<String> types) {
    Set<String> handled = new HashSet<>(types);
    handled.add("Exception");
    handled.add("Throwable");
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof TryStmt tryStmt && tryStmt.getCatchClauses().stream()
          .anyMatch(c -> c.getParameter().getType().toString().lines().anyMatch(t ->
              Arrays.stream(t.split("\\s*\\|\\s*")).anyMatch(handled::contains)))) {
        return true;
      }
      if (current instanceof LambdaExpr) return false;
      if (current instanceof CallableDeclaration<?> callable) {
        return callable.getThrownExceptions().stream().anyMatch(t -> handled.contains(t.asString()));
      }
    }
    return false;
  }
}
