package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies the document an XML parser reads: parsed already (a DOM node, a StAX reader: rule
 * data {@code parsedInputs}), bundled with the product (a class-path resource:
 * {@code bundledResources}), a constant (a literal path or URL, also wrapped in a stream, file or
 * source), or outside input (anything else, a parameter included).
 */
final class XmlInputs {
  private static final int MAX_DEPTH = 8;

  /** What a parser reads, from least to most exposed. */
  enum Kind { PARSED, BUNDLED, CONSTANT, OUTSIDE }

  private final Set<String> parsedTypes;
  private final Set<String> bundled;

  XmlInputs(CryptoRule rule) {
    this.parsedTypes = Set.copyOf(rule.list("parsedInputs"));
    this.bundled = Set.copyOf(rule.list("bundledResources"));
  }

  /** Returns the kind of the input {@code e}. */
  Kind kind(Expression e) {
    return kind(e, 0);
  }

  private Kind kind(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Kind.OUTSIDE;
    if (e instanceof EnclosedExpr enclosed) return kind(enclosed.getInner(), depth + 1);
    if (e instanceof CastExpr cast) return kind(cast.getExpression(), depth + 1);
    if (Constants.single(e).isPresent()) return Kind.CONSTANT;
    if (e instanceof ObjectCreationExpr creation) {
      if (parsedTypes.contains(creation.getType().getNameAsString())) return Kind.PARSED;
      return creation.getArguments().isEmpty() ? Kind.OUTSIDE : kind(creation.getArgument(0), depth + 1);
    }
    if (e instanceof MethodCallExpr call) return kindOfCall(call, depth);
    Optional<Scopes.Declaration> declaration = Scopes.variableName(e)
        .flatMap(n -> Scopes.declaration(e, n));
    if (declaration.isEmpty()) return Kind.OUTSIDE;
    if (parsedTypes.contains(Scopes.simpleName(declaration.get().type()))) return Kind.PARSED;
    if (declaration.get().parameter() != null) return Kind.OUTSIDE;
    List<Expression> values = Scopes.assignedValues(declaration.get());
    Kind widest = values.isEmpty() ? Kind.OUTSIDE : Kind.PARSED;
    for (Expression value : values) {
      Kind kind = kind(value, depth + 1);
      if (kind.compareTo(widest) > 0) widest = kind;
    }
    return widest;
  }

  private Kind kindOfCall(MethodCallExpr call, int depth) {
    if (bundled.contains(call.getNameAsString())) return Kind.BUNDLED;
    Optional<Expression> scope = call.getScope();
    // url.openStream() and the like read what the receiver names.
    if (call.getArguments().isEmpty() && scope.isPresent()) return kind(scope.get(), depth + 1);
    // Paths.get("..."), Files.newInputStream(path), ...: a static call reads what its first argument names.
    boolean staticCall = scope.flatMap(s -> Scopes.scopeName(call))
        .filter(n -> !n.isEmpty() && Character.isUpperCase(n.charAt(0))).isPresent();
    return staticCall && !call.getArguments().isEmpty() ? kind(call.getArgument(0), depth + 1) : Kind.OUTSIDE;
  }
}
