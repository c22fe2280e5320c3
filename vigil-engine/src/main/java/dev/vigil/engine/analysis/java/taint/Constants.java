package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Objects;

/**
 * Constant folding: literals, and arithmetic, comparison, logic and concatenation over constants,
 * with Java's rules for the types the analysis keeps (Long for integral, Double for floating
 * point, String, Boolean, Character).
 */
final class Constants {
  private Constants() {}

  /** Returns the constant value of a literal expression (or a fold of literals), or null. */
  static Object literal(Expression e) {
    if (e instanceof StringLiteralExpr s) return s.asString();
    if (e instanceof TextBlockLiteralExpr t) return t.asString();
    if (e instanceof IntegerLiteralExpr i) return i.asNumber().longValue();
    if (e instanceof LongLiteralExpr l) return l.asNumber().longValue();
    if (e instanceof DoubleLiteralExpr d) return d.asDouble();
    if (e instanceof BooleanLiteralExpr b) return b.getValue();
    if (e instanceof CharLiteralExpr c) return c.asChar();
    if (e instanceof NullLiteralExpr) return Value.NULL;
    if (e instanceof EnclosedExpr en) return literal(en.getInner());
    if (e instanceof UnaryExpr u) return unary(u.getOperator(), literal(u.getExpression()));
    if (e instanceof BinaryExpr b) {
      Object l = literal(b.getLeft());
      Object r = l == null ? null : literal(b.getRight());
      return r == null ? null : binary(b.getOperator(), l, r);
    }
    return null;
  }

  /** Returns the fold of a unary operator over a constant, or null. */
  static Object unary(UnaryExpr.Operator op, Object v) {
    if (v == null) return null;
    return switch (op) {
      case LOGICAL_COMPLEMENT -> v instanceof Boolean b ? !b : null;
      case MINUS -> v instanceof Long l ? (Object) (-l) : v instanceof Double d ? (Object) (-d) : null;
      case PLUS -> v instanceof Number ? v : null;
      default -> null;
    };
  }

  /** Returns the fold of a binary operator over two constants, or null if it cannot be told. */
  static Object binary(BinaryExpr.Operator op, Object l, Object r) {
    if (l == null || r == null) return null;
    if (op == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      return text(l) + text(r);
    }
    if (l instanceof Boolean a && r instanceof Boolean b) {
      return switch (op) {
        case AND, BINARY_AND -> a && b;
        case OR, BINARY_OR -> a || b;
        case XOR -> a ^ b;
        case EQUALS -> a.equals(b);
        case NOT_EQUALS -> !a.equals(b);
        default -> null;
      };
    }
    if (op == BinaryExpr.Operator.EQUALS && (l == Value.NULL || r == Value.NULL)) return l == r;
    if (op == BinaryExpr.Operator.NOT_EQUALS && (l == Value.NULL || r == Value.NULL)) return l != r;
    Number a = number(l);
    Number b = number(r);
    if (a == null || b == null) return null;
    if (a instanceof Long x && b instanceof Long y) {
      long p = x;
      long q = y;
      return switch (op) {
        case PLUS -> p + q;
        case MINUS -> p - q;
        case MULTIPLY -> p * q;
        case DIVIDE -> q == 0 ? null : (Object) (p / q);
        case REMAINDER -> q == 0 ? null : (Object) (p % q);
        case LESS -> p < q;
        case LESS_EQUALS -> p <= q;
        case GREATER -> p > q;
        case GREATER_EQUALS -> p >= q;
        case EQUALS -> p == q;
        case NOT_EQUALS -> p != q;
        case BINARY_AND -> p & q;
        case BINARY_OR -> p | q;
        case XOR -> p ^ q;
        case LEFT_SHIFT -> p << q;
        case SIGNED_RIGHT_SHIFT -> p >> q;
        default -> null;
      };
    }
    double p = a.doubleValue();
    double q = b.doubleValue();
    return switch (op) {
      case PLUS -> p + q;
      case MINUS -> p - q;
      case MULTIPLY -> p * q;
      case DIVIDE -> p / q;
      case LESS -> p < q;
      case LESS_EQUALS -> p <= q;
      case GREATER -> p > q;
      case GREATER_EQUALS -> p >= q;
      case EQUALS -> p == q;
      case NOT_EQUALS -> p != q;
      default -> null;
    };
  }

  /** Returns true if two constants are equal as Java would compare them with == or equals. */
  static boolean same(Object a, Object b) {
    Number x = number(a);
    Number y = number(b);
    if (x != null && y != null) return x.doubleValue() == y.doubleValue();
    return Objects.equals(a, b);
  }

  private static Number number(Object v) {
    if (v instanceof Character c) return (long) c.charValue();
    return v instanceof Number n ? n : null;
  }

  /** Returns a constant as string concatenation would render it. */
  static String text(Object v) {
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return String.valueOf(d);
    return String.valueOf(v);
  }
}
