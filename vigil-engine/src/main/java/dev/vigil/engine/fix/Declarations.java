package dev.vigil.engine.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/** Finds where a simple name used in a method is declared: a local, a parameter, or a field. */
final class Declarations {
  private static final java.util.Set<UnaryExpr.Operator> STEPS = java.util.EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
      UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);
  private Declarations() {}

  /** Returns the local variable {@code name} declared in the method or lambda around {@code use}. */
  static Optional<VariableDeclarator> local(Node use, String name) {
    for (Node body = body(use); body != null; body = body.getParentNode().map(Declarations::body).orElse(null)) {
      Optional<VariableDeclarator> found = body.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)
          && v.getParentNode().map(p -> !(p instanceof FieldDeclaration)).orElse(true)).stream()
          .filter(v -> v.getBegin().get().isBefore(use.getBegin().get())).reduce((a, b) -> b);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** Returns the declared type of {@code name} as written (local, parameter, then field), if found. */
  static Optional<String> typeOf(Node use, String name) {
    Optional<VariableDeclarator> local = local(use, name);
    if (local.isPresent()) return Optional.of(local.get().getTypeAsString());
    for (Node node = use; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof CallableDeclaration<?> callable) {
        for (Parameter p : callable.getParameters()) {
          if (p.getNameAsString().equals(name)) return Optional.of(p.getTypeAsString());
        }
      } else if (node instanceof LambdaExpr lambda) {
        for (Parameter p : lambda.getParameters()) {
          if (p.getNameAsString().equals(name)) {
            return p.getType().isUnknownType() ? Optional.empty() : Optional.of(p.getTypeAsString());
          }
        }
      } else if (node instanceof TypeDeclaration<?> type) {
        Optional<String> field = type.getFieldByName(name).map(f -> f.getElementType().asString());
        if (field.isPresent()) return field;
      }
    }
    return Optional.empty();
  }

  /** Returns true if {@code name} is assigned (or incremented) in the method around {@code use} after {@code from}. */
  static boolean assignedAfter(Node use, String name, Node from) {
    Node body = outermostBody(use);
    if (body == null) return true;
    boolean assigned = body.findAll(AssignExpr.class, a -> a.getTarget() instanceof NameExpr n
        && n.getNameAsString().equals(name)).stream().anyMatch(a -> after(a, from));
    boolean stepped = body.findAll(UnaryExpr.class, u -> u.getExpression() instanceof NameExpr n
        && n.getNameAsString().equals(name) && STEPS.contains(u.getOperator()))
        .stream().anyMatch(u -> after(u, from));
    return assigned || stepped;
  }

  /** Returns the names an expression reads. */
  static java.util.List<String> names(Expression expression) {
    java.util.List<String> names = new java.util.ArrayList<>();
    if (expression instanceof NameExpr n) names.add(n.getNameAsString());
    expression.findAll(NameExpr.class).forEach(n -> { if (!names.contains(n.getNameAsString())) names.add(n.getNameAsString()); });
    return names;
  }

  /** Returns {@code wanted}, or it with a number, so that no variable or parameter of {@code member} has the name. */
  static String freeName(Node member, String wanted) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    member.findAll(VariableDeclarator.class).forEach(v -> taken.add(v.getNameAsString()));
    member.findAll(Parameter.class).forEach(p -> taken.add(p.getNameAsString()));
    String name = wanted;
    for (int i = 2; taken.contains(name); i++) name = wanted + i;
    return name;
  }

  private static boolean after(Node node, Node from) {
    return node.getBegin().get().isAfter(from.getEnd().get());
  }

  private static Node outermostBody(Node node) {
    Node outer = null;
    for (Node body = body(node); body != null; body = body.getParentNode().map(Declarations::body).orElse(null)) {
      outer = body;
    }
    return outer;
  }

  /** Returns the innermost method, constructor, lambda or initializer body around {@code node}. */
  private static Node body(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof CallableDeclaration<?> || current instanceof LambdaExpr
          || current instanceof com.github.javaparser.ast.body.InitializerDeclaration) {
        return current;
      }
    }
    return null;
  }
}
