package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log calls a default deployment does not write: a level argument that is off by default
 * ({@code log(Level.FINE, ...)}) or a call inside the branch where a check that such a level is
 * enabled holds ({@code if (log.isDebugEnabled())}, {@code if (logger.isLoggable(Level.FINER))}).
 */
final class QuietLevels {
  /** {@code isDebugEnabled}, {@code isTraceEnabled}: the level is in the name. */
  private static final Pattern LEVEL_CHECK = Pattern.compile("is(\\w+)Enabled");

  private QuietLevels() {}

  /** Returns the last name of a call's first argument when it names a level, or null. */
  static String levelArgument(Node call) {
    if (!(call instanceof MethodCallExpr m) || m.getArguments().isEmpty()) return null;
    Expression first = m.getArgument(0);
    if (first instanceof FieldAccessExpr f) return f.getNameAsString();
    if (first instanceof NameExpr n && n.getNameAsString().equals(n.getNameAsString().toUpperCase(java.util.Locale.ROOT))) {
      return n.getNameAsString();
    }
    return null;
  }

  /** Returns true if {@code at} runs only where a check that a quiet level of the rule is enabled holds. */
  static boolean guarded(Node at, TaintRule rule) {
    Node child = at;
    for (Node n = at.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt i && i.getThenStmt() == child && checksQuietLevel(i.getCondition(), rule)) {
        return true;
      }
      if (n instanceof com.github.javaparser.ast.body.CallableDeclaration<?>) return false;
    }
    return false;
  }

  private static boolean checksQuietLevel(Expression condition, TaintRule rule) {
    for (MethodCallExpr call : condition.findAll(MethodCallExpr.class)) {
      Matcher named = LEVEL_CHECK.matcher(call.getNameAsString());
      if (named.matches() && rule.quiet(named.group(1).toLowerCase(java.util.Locale.ROOT), null)) return true;
      if (call.getNameAsString().equals("isLoggable") && rule.quiet("", levelArgument(call))) return true;
    }
    return false;
  }
}
