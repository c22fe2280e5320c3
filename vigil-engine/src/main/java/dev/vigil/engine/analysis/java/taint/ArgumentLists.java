package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Set;

/**
 * Arguments appended to a command's argument list one call at a time (Jenkins'
 * {@code ArgumentListBuilder.add}): a value that may start with {@code -} is read as an option
 * (argument injection, {@code --upload-pack=...}) unless the list already ends its options with
 * {@code "--"} on every path to the call, or the method has already refused a value starting
 * with {@code -}. Both are read from the method's code: an earlier {@code add("--")} (or a
 * constructor argument {@code "--"}) in a block enclosing the call, or an earlier
 * {@code if (v.startsWith("-")) return/throw ...;} in such a block.
 */
final class ArgumentLists {
  private static final Set<String> APPENDS = Set.of("add", "addTokenized", "addQuoted");

  private ArgumentLists() {}

  /** Returns true if {@code name} on {@code receiverType} appends to a command's argument list. */
  static boolean appends(String name, String receiverType) {
    return APPENDS.contains(name) && receiverType != null && receiverType.endsWith("ArgumentListBuilder");
  }

  /**
   * Returns true if the appended values of {@code call} are operands: the list ended its options
   * before it, or {@code value} was refused when it started with a dash.
   */
  static boolean operandsOnly(MethodCallExpr call) {
    if (!(call.getScope().orElse(null) instanceof NameExpr list)) return false;
    Node body = call.findAncestor(CallableDeclaration.class).orElse(null);
    if (body == null) return false;
    String name = list.getNameAsString();
    for (ObjectCreationExpr created : body.findAll(ObjectCreationExpr.class)) {
      if (created.getType().getNameAsString().endsWith("ArgumentListBuilder") && holds(created, name)
          && before(created, call)
          && encloses(created, call) && created.getArguments().stream().anyMatch(ArgumentLists::endOfOptions)) {
        return true;
      }
    }
    for (MethodCallExpr earlier : body.findAll(MethodCallExpr.class)) {
      if (APPENDS.contains(earlier.getNameAsString()) && before(earlier, call) && encloses(earlier, call)
          && earlier.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()
          && earlier.getArguments().stream().anyMatch(ArgumentLists::endOfOptions)) {
        return true;
      }
    }
    return !call.getArguments().isEmpty()
        && call.getArguments().stream().allMatch(a -> a instanceof NameExpr v && refusedDash(body, v, call));
  }

  /** Returns true if an earlier {@code if (v.startsWith("-")) return/throw} in an enclosing block refuses a leading dash. */
  private static boolean refusedDash(Node body, NameExpr value, MethodCallExpr call) {
    for (IfStmt check : body.findAll(IfStmt.class)) {
      if (!before(check, call) || !encloses(check, call) || !leaves(check.getThenStmt())) continue;
      boolean tests = check.getCondition().findAll(MethodCallExpr.class).stream().anyMatch(m ->
          m.getNameAsString().equals("startsWith") && m.getArguments().size() == 1
              && m.getArgument(0) instanceof StringLiteralExpr dash && dash.asString().equals("-")
              && m.getScope().filter(s -> s instanceof NameExpr n && n.equals(value)).isPresent()
              && !(m.getParentNode().orElse(null) instanceof UnaryExpr));
      if (tests) return true;
    }
    return false;
  }

  /** Returns true if {@code created} initialises or is assigned to the variable {@code name}. */
  private static boolean holds(ObjectCreationExpr created, String name) {
    Node parent = created.getParentNode().orElse(null);
    return parent instanceof VariableDeclarator d && d.getNameAsString().equals(name)
        || parent instanceof AssignExpr a && a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  private static boolean leaves(Statement then) {
    Statement last = then instanceof BlockStmt b && !b.getStatements().isEmpty() ? b.getStatements().getLast().get() : then;
    return last instanceof ReturnStmt || last instanceof ThrowStmt;
  }

  private static boolean endOfOptions(Expression e) {
    return e instanceof StringLiteralExpr s && s.asString().equals("--");
  }

  private static boolean before(Node earlier, Node later) {
    return earlier.getEnd().isPresent() && later.getBegin().isPresent()
        && earlier.getEnd().get().isBefore(later.getBegin().get());
  }

  /** Returns true if the block holding {@code earlier}'s statement also holds {@code later}. */
  private static boolean encloses(Node earlier, Node later) {
    Node n = earlier;
    while (n != null && !(n instanceof Statement && n.getParentNode().orElse(null) instanceof BlockStmt)) {
      n = n.getParentNode().orElse(null);
    }
    return n != null && n.getParentNode().get().isAncestorOf(later);
  }
}
