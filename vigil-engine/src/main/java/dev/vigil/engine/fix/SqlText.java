package dev.vigil.engine.fix;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.utils.StringEscapeUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * SQL text built by concatenation, split into what stays in the text (literals and constants) and
 * the values that become bind parameters: a value between quotes ({@code '" + name + "'}, also
 * {@code '%" + q + "%'} for LIKE) or after a comparison or in a VALUES list. A value in any other
 * place (a column or table name, ORDER BY, an IN list built as text) cannot be a bind parameter, and
 * the text is refused with why.
 */
final class SqlText {
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern COMPARISON =
      Pattern.compile("(?is).*(=|<|>|\\bLIKE|\\bLIMIT|\\bOFFSET|\\bVALUES\\s*\\(|,)\\s*$");
  private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(ORDER\\s+BY|GROUP\\s+BY|FROM|JOIN|INTO|UPDATE|TABLE"
      + "|SELECT|WHERE|AND|OR|SET|ON|HAVING|VALUES|LIMIT|OFFSET|LIKE|IN\\s*\\()(?![A-Za-z0-9_])");
  private static final java.util.Set<String> IDENTIFIER_CLAUSES =
      java.util.Set.of("ORDER BY", "GROUP BY", "FROM", "JOIN", "INTO", "UPDATE", "TABLE", "SELECT", "IN (");

  /** A value bound as a parameter: its expression, whether it was quoted, and the LIKE wildcards kept. */
  record Bound(Expression value, boolean quoted, String prefix, String suffix) {
    /** Returns the value with its LIKE wildcards, as one expression. */
    Expression withWildcards() {
      Expression result = value.clone();
      if (!prefix.isEmpty()) result = new BinaryExpr(new StringLiteralExpr(prefix), result, BinaryExpr.Operator.PLUS);
      if (!suffix.isEmpty()) result = new BinaryExpr(result, new StringLiteralExpr(suffix), BinaryExpr.Operator.PLUS);
      return result;
    }
  }

  private final Expression text;
  private final List<Bound> bound;

  private SqlText(Expression text, List<Bound> bound) {
    this.text = text;
    this.bound = List.copyOf(bound);
  }

  /** Returns the text with placeholders (e.g. {@code "... WHERE a = ?"}). */
  Expression text() {
    return text;
  }

  /** Returns the values to bind, in placeholder order. */
  List<Bound> bound() {
    return bound;
  }

  /**
   * Splits {@code sql} (a concatenation) into text and bound values, writing each placeholder with
   * {@code placeholder} (given the 1-based index); refuses when a value cannot be bound.
   */
  static SqlText parameterise(Expression sql, IntFunction<String> placeholder) {
    List<Expression> parts = new ArrayList<>();
    flatten(sql, parts);
    List<Object> pieces = new ArrayList<>();
    for (Expression part : parts) {
      if (part instanceof StringLiteralExpr literal) pieces.add(literal.asString());
      else if (part instanceof CharLiteralExpr c) pieces.add(c.asChar() + "");
      else pieces.add(part);
    }
    List<Bound> bound = new ArrayList<>();
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      Object piece = pieces.get(i);
      if (piece instanceof String literal) {
        appendText(out, literal);
        continue;
      }
      Expression value = (Expression) piece;
      if (isConstant(value)) {
        out.add(value);
        continue;
      }
      String before = out.isEmpty() || !(out.get(out.size() - 1) instanceof String s) ? "" : s;
      String after = i + 1 < pieces.size() && pieces.get(i + 1) instanceof String s ? s : "";
      String quote = before.endsWith("'%") ? "'%" : before.endsWith("'") ? "'" : null;
      String closing = after.startsWith("%'") ? "%'" : after.startsWith("'") ? "'" : null;
      if (quote != null && closing != null && !before.substring(0, before.length() - quote.length()).matches("(?is).*\\bIN\\s*\\(\\s*$")) {
        out.set(out.size() - 1, before.substring(0, before.length() - quote.length()) + placeholder.apply(bound.size() + 1));
        pieces.set(i + 1, after.substring(closing.length()));
        bound.add(new Bound(value, true, quote.length() == 2 ? "%" : "", closing.length() == 2 ? "%" : ""));
      } else if (quote == null && COMPARISON.matcher(before).matches() && !IDENTIFIER_CLAUSES.contains(lastClause(before))) {
        appendText(out, placeholder.apply(bound.size() + 1));
        bound.add(new Bound(value, false, "", ""));
      } else {
        throw new NoSafeFix("the value " + value + " is placed in the SQL text as " + place(before)
            + ", where a bind parameter cannot stand: it needs an allow-list of the names it may take");
      }
    }
    if (bound.isEmpty()) throw new NoSafeFix("the SQL text has no value to bind: it is built from constants here");
    return new SqlText(join(out), bound);
  }

  /** Returns the last SQL clause keyword in {@code text}, upper case with single spaces. */
  private static String lastClause(String text) {
    java.util.regex.Matcher m = CLAUSE.matcher(text);
    String last = "";
    while (m.find()) last = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return last.matches("IN ?\\(") ? "IN (" : last;
  }

  private static String place(String before) {
    String upper = before.toUpperCase(Locale.ROOT);
    if (upper.matches("(?s).*\\bIN\\s*\\(\\s*'?$")) return "an IN list built as text (one placeholder per element is needed)";
    if (upper.matches("(?s).*\\b(ORDER|GROUP)\\s+BY\\b.*")) return "a column name in ORDER BY or GROUP BY";
    return "an identifier or a fragment of SQL";
  }

  private static void appendText(List<Object> out, String text) {
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof String last) out.set(out.size() - 1, last + text);
    else out.add(text);
  }

  private static boolean isConstant(Expression value) {
    String name = value instanceof NameExpr n ? n.getNameAsString()
        : value instanceof FieldAccessExpr f ? f.getNameAsString() : null;
    return name != null && CONSTANT.matcher(name).matches();
  }

  private static Expression join(List<Object> out) {
    Expression result = null;
    for (Object piece : out) {
      Expression next = piece instanceof String s
          ? new StringLiteralExpr(StringEscapeUtils.escapeJava(s)) : ((Expression) piece).clone();
      result = result == null ? next : new BinaryExpr(result, next, BinaryExpr.Operator.PLUS);
    }
    return result;
  }

  /** Returns true if {@code expression} is a concatenation with at least one string literal in it. */
  static boolean isConcatenation(Expression expression) {
    List<Expression> parts = new ArrayList<>();
    flatten(expression, parts);
    return parts.size() > 1 && parts.stream().anyMatch(Expression::isStringLiteralExpr);
  }

  private static void flatten(Expression expression, List<Expression> parts) {
    if (expression instanceof EnclosedExpr enclosed && enclosed.getInner() instanceof BinaryExpr) {
      flatten(enclosed.getInner(), parts);
    } else if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
        && isStringy(binary)) {
      flatten(binary.getLeft(), parts);
      flatten(binary.getRight(), parts);
    } else {
      parts.add(expression);
    }
  }

  /** A + whose leftmost operand chain reaches a string literal is a concatenation, not an addition. */
  private static boolean isStringy(BinaryExpr binary) {
    return !binary.findAll(StringLiteralExpr.class).isEmpty();
  }
}
