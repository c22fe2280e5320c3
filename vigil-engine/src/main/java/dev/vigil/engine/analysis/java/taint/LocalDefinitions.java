package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.List;
import java.util.Set;

/**
 * The one expression a local variable stands for: {@code boolean bad = name.contains("..");
 * return bad;} tests what {@code name.contains("..")} tests, as long as neither the local nor a
 * local the expression reads is assigned anywhere in the method.
 */
final class LocalDefinitions {
  private LocalDefinitions() {}

  /** Returns the initializer {@code n} is declared with, or null if it may hold anything else. */
  static Expression of(MethodInterpreter in, NameExpr n) {
    String name = n.getNameAsString();
    if (!in.isLocal(name)) return null;
    CallableDeclaration<?> method = n.findAncestor(CallableDeclaration.class).orElse(null);
    if (method == null) return null;
    List<VariableDeclarator> declared = method.findAll(VariableDeclarator.class,
        v -> v.getNameAsString().equals(name));
    if (declared.size() != 1 || declared.get(0).getInitializer().isEmpty()) return null;
    Expression init = declared.get(0).getInitializer().get();
    if (changed(method, name)) return null;
    for (NameExpr read : init.findAll(NameExpr.class)) {
      String other = read.getNameAsString();
      if (other.equals(name) || in.isLocal(other) && changed(method, other)) return null;
    }
    return init;
  }

  private static final Set<UnaryExpr.Operator> STEPS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
      UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
      UnaryExpr.Operator.POSTFIX_DECREMENT);

  private static boolean changed(CallableDeclaration<?> method, String name) {
    return method.findFirst(AssignExpr.class, a -> names(a.getTarget(), name)).isPresent()
        || method.findFirst(UnaryExpr.class, u -> STEPS.contains(u.getOperator())
            && names(u.getExpression(), name)).isPresent();
  }

  private static boolean names(Expression e, String name) {
    return e instanceof NameExpr t && t.getNameAsString().equals(name);
  }
}
