package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text of a hardening call's arguments that {@code hardening} rows match against, with names
 * of final string fields of the class written as their literal, so that
 * {@code setFeature(DISALLOW_DOCTYPE, true)} reads like the feature it names.
 */
final class HardeningArguments {
  private HardeningArguments() {}

  /** Returns the arguments as source text, final string constants of {@code top} folded in. */
  static String text(NodeList<Expression> arguments, Node top) {
    return arguments.stream().map(a -> constant(a, top).orElse(a.toString()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static Optional<String> constant(Expression argument, Node top) {
    if (!(argument instanceof NameExpr name)) return Optional.empty();
    for (FieldDeclaration field : top.findAll(FieldDeclaration.class)) {
      if (!field.isFinal()) continue;
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(name.getNameAsString())
            && variable.getInitializer().orElse(null) instanceof StringLiteralExpr literal) {
          return Optional.of(literal.toString());
        }
      }
    }
    return Optional.empty();
  }
}
