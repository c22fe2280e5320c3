package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads annotations by simple name and the string values of their attributes. */
final class Annotations {
  private Annotations() {}

  /** Returns the first annotation of {@code node} whose simple name is one of {@code names}. */
  static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String... names) {
    Set<String> wanted = Set.of(names);
    return node.getAnnotations().stream()
        .filter(a -> wanted.contains(a.getName().getIdentifier())).findFirst();
  }

  /** Returns true if {@code node} has an annotation named one of {@code names}. */
  static boolean has(NodeWithAnnotations<?> node, String... names) {
    return find(node, names).isPresent();
  }

  /**
   * Returns the values of the first of {@code attributes} that the annotation sets ({@code value}
   * also means a single-member annotation): string literals and their concatenations as text,
   * arrays flattened, a constant's name (its value when given the code), anything else as its
   * source text.
   */
  static List<String> values(AnnotationExpr annotation, String... attributes) {
    return values(null, annotation, attributes);
  }

  /** Returns the values as {@link #values(AnnotationExpr, String...)}, constants of {@code code} resolved. */
  static List<String> values(JavaCode code, AnnotationExpr annotation, String... attributes) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return List.of(attributes).contains("value") ? strings(code, single.getMemberValue()) : List.of();
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (String attribute : attributes) {
        for (MemberValuePair pair : normal.getPairs()) {
          if (pair.getNameAsString().equals(attribute)) return strings(code, pair.getValue());
        }
      }
    }
    return List.of();
  }

  /** Returns the first value of {@code attributes}, or {@code fallback}. */
  static String value(AnnotationExpr annotation, String fallback, String... attributes) {
    List<String> values = values(annotation, attributes);
    return values.isEmpty() ? fallback : values.get(0);
  }

  private static List<String> strings(JavaCode code, Expression expression) {
    List<String> out = new ArrayList<>();
    if (expression instanceof ArrayInitializerExpr array) {
      array.getValues().forEach(v -> out.addAll(strings(code, v)));
    } else if (expression instanceof StringLiteralExpr literal) {
      out.add(literal.getValue());
    } else if (expression instanceof BinaryExpr binary
        && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      out.add(String.join("", strings(code, binary.getLeft()))
          + String.join("", strings(code, binary.getRight())));
    } else if (code != null && (expression instanceof NameExpr || expression instanceof FieldAccessExpr)) {
      out.add(code.constant(expression).orElse(expression instanceof FieldAccessExpr field
          ? field.getNameAsString() : expression.toString()));
    } else if (expression instanceof FieldAccessExpr field) {
      out.add(field.getNameAsString());
    } else {
      out.add(expression.toString());
    }
    return out;
  }
}
