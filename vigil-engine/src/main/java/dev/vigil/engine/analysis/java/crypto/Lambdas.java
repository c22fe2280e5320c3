package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.List;

/** Recognises lambdas, method bodies and method references that always answer {@code true}. */
final class Lambdas {
  private Lambdas() {}

  /** Returns true if the lambda's body is {@code true} or {@code { return true; }}. */
  static boolean returnsTrue(LambdaExpr lambda) {
    Statement body = lambda.getBody();
    if (body instanceof ExpressionStmt expression) return isTrue(expression.getExpression());
    return body instanceof BlockStmt block && returnsTrue(block);
  }

  /**
   * Returns true if the block never throws and every return in it (there is at least one)
   * returns {@code true}: a verifier that may log or branch, but always says yes.
   */
  static boolean returnsTrue(BlockStmt block) {
    if (!block.findAll(ThrowStmt.class).isEmpty()) return false;
    List<ReturnStmt> returns = block.findAll(ReturnStmt.class, ret -> ownReturn(block, ret));
    return !returns.isEmpty()
        && returns.stream().allMatch(ret -> ret.getExpression().map(Lambdas::isTrue).orElse(false));
  }

  /**
   * Returns true if a method reference ({@code Type::name}, {@code this::name}) names a method of
   * this file, every one of that name has a body, and each always answers {@code true}.
   */
  static boolean referencesTrue(MethodReferenceExpr reference) {
    List<MethodDeclaration> methods = reference.findRootNode().findAll(MethodDeclaration.class,
        m -> m.getNameAsString().equals(reference.getIdentifier()));
    return !methods.isEmpty()
        && methods.stream().allMatch(m -> m.getBody().map(Lambdas::returnsTrue).orElse(false));
  }

  private static boolean ownReturn(BlockStmt block, ReturnStmt ret) {
    return Scopes.ancestor(ret, n -> n instanceof LambdaExpr || n instanceof ObjectCreationExpr
        || n == block).filter(n -> n == block).isPresent();
  }

  private static boolean isTrue(Expression e) {
    return e instanceof BooleanLiteralExpr b && b.getValue();
  }

}
