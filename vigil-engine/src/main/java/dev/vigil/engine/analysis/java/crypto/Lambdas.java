package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;

/** Recognises lambdas and method bodies that always answer {@code true}. */
final class Lambdas {
  private Lambdas() {}

  /** Returns true if the lambda's body is {@code true} or {@code { return true; }}. */
  static boolean returnsTrue(LambdaExpr lambda) {
    Statement body = lambda.getBody();
    if (body instanceof ExpressionStmt expression) return isTrue(expression.getExpression());
    return body instanceof BlockStmt block && returnsTrue(block);
  }

  /** Returns true if the block is exactly {@code return true;}. */
  static boolean returnsTrue(BlockStmt block) {
    if (block.getStatements().size() != 1) return false;
    Statement only = block.getStatement(0);
    return only instanceof ReturnStmt ret && ret.getExpression().map(Lambdas::isTrue).orElse(false);
  }

  private static boolean isTrue(Expression e) {
    return e instanceof BooleanLiteralExpr b && b.getValue();
  }

}
