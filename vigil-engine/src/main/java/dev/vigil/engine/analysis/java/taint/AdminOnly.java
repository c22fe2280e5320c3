package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises entry methods only administrators can run: the method (or its class) requires an
 * administrator role by annotation ({@code @PreAuthorize("hasRole('ADMIN')")}, {@code @Secured},
 * {@code @RolesAllowed}), or its body checks an administrator permission at its top level before doing anything else, as
 * Jenkins does: {@code Jenkins.get().checkPermission(Jenkins.ADMINISTER)}, or
 * {@code if (!jenkins.hasPermission(Jenkins.ADMINISTER)) return ...;}. Administrators are trusted
 * by default, so the remote input of such a method is of the threat-model kind {@code admin}.
 */
final class AdminOnly {
  private static final Set<String> ROLE_ANNOTATIONS = Set.of("PreAuthorize", "Secured", "RolesAllowed");
  private static final Pattern ADMIN_ROLE = Pattern.compile("(?i)admin");
  private static final Pattern ADMIN_PERMISSION = Pattern.compile("\\b(ADMINISTER|RUN_SCRIPTS|MANAGE)\\b");
  private static final Set<String> CHECKS = Set.of("checkPermission", "checkAnyPermission");
  private static final Set<String> TESTS = Set.of("hasPermission", "hasAnyPermission");

  private AdminOnly() {}

  /** Returns true if only administrators can run {@code method}, declared in {@code type}. */
  static boolean of(CallableDeclaration<?> method, Node type) {
    if (requiresAdminRole(method)
        || (type instanceof NodeWithAnnotations<?> annotated && requiresAdminRole(annotated))) {
      return true;
    }
    Optional<BlockStmt> body = method.isMethodDeclaration()
        ? method.asMethodDeclaration().getBody() : Optional.of(method.asConstructorDeclaration().getBody());
    if (body.isEmpty()) return false;
    for (Statement st : body.get().getStatements()) {
      if (checksAdmin(st)) return true;
      if (!preamble(st)) return false;
    }
    return false;
  }

  /**
   * What may come before the check without doing anything on the caller's behalf: an early return
   * on blank input, or a local variable declared from the parameters.
   */
  private static boolean preamble(Statement st) {
    if (st instanceof IfStmt branch) return branch.getElseStmt().isEmpty() && leaves(branch.getThenStmt());
    return st instanceof ExpressionStmt e && e.getExpression().isVariableDeclarationExpr()
        && e.getExpression().findAll(ObjectCreationExpr.class).isEmpty();
  }

  private static boolean requiresAdminRole(NodeWithAnnotations<?> node) {
    for (AnnotationExpr a : node.getAnnotations()) {
      if (ROLE_ANNOTATIONS.contains(a.getName().getIdentifier()) && ADMIN_ROLE.matcher(a.toString()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A statement-level permission check, or an if that leaves unless the permission is held. */
  private static boolean checksAdmin(Statement st) {
    if (st instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call) {
      return CHECKS.contains(call.getNameAsString()) && adminArgument(call);
    }
    return st instanceof IfStmt branch && leaves(branch.getThenStmt()) && lacksAdmin(branch.getCondition());
  }

  /** A condition true when the permission is missing: {@code !has(ADMIN)}, possibly one of several {@code ||}. */
  private static boolean lacksAdmin(Expression condition) {
    Expression c = condition.isEnclosedExpr() ? condition.asEnclosedExpr().getInner() : condition;
    if (c instanceof BinaryExpr or && or.getOperator() == BinaryExpr.Operator.OR) {
      return lacksAdmin(or.getLeft()) || lacksAdmin(or.getRight());
    }
    return c instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
        && not.getExpression() instanceof MethodCallExpr call
        && TESTS.contains(call.getNameAsString()) && adminArgument(call);
  }

  private static boolean adminArgument(MethodCallExpr call) {
    return call.getArguments().stream().anyMatch(a -> ADMIN_PERMISSION.matcher(a.toString()).find());
  }

  private static boolean leaves(Statement st) {
    Statement last = st instanceof BlockStmt b && b.getStatements().isNonEmpty() ? b.getStatements().getLast().get() : st;
    return last instanceof ReturnStmt || last instanceof ThrowStmt;
  }
}
