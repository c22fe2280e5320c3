package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a byte-array expression is fixed in the source: a literal array, an all-zero
 * array that is never filled, the bytes of a constant string, or a decoded constant; through
 * locals and fields of the same file. Returns a phrase describing it, for messages.
 */
final class StaticBytes {
  private static final Set<String> DECODERS = Set.of("decode", "decodeBase64", "parseBase64Binary",
      "parseHexBinary", "decodeHex", "parseHex", "decodeBase64String");
  private static final int MAX_DEPTH = 6;

  private StaticBytes() {}

  /** Returns how {@code e} is fixed in the source, or empty if it may vary at run time. */
  static Optional<String> describe(Expression e) {
    return describe(e, 0);
  }

  private static Optional<String> describe(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Optional.empty();
    if (e instanceof EnclosedExpr enclosed) return describe(enclosed.getInner(), depth + 1);
    if (e instanceof CastExpr cast) return describe(cast.getExpression(), depth + 1);
    if (e instanceof ArrayInitializerExpr init) {
      return init.getValues().isEmpty() ? Optional.empty() : Optional.of("a literal byte array");
    }
    if (e instanceof ArrayCreationExpr creation) {
      if (creation.getInitializer().isPresent()) return describe(creation.getInitializer().get(), depth + 1);
      return Optional.of("an all-zero byte array");
    }
    if (e instanceof MethodCallExpr call) return describeCall(call);
    Optional<Scopes.Declaration> declaration = Scopes.variableName(e)
        .flatMap(name -> Scopes.declaration(e, name));
    if (declaration.isEmpty() || declaration.get().variable() == null) return Optional.empty();
    List<Expression> values = Scopes.assignedValues(declaration.get());
    if (values.isEmpty()) return Optional.empty();
    String description = null;
    for (Expression value : values) {
      Optional<String> fixed = describe(value, depth + 1);
      if (fixed.isEmpty()) return Optional.empty();
      if (fixed.get().equals("an all-zero byte array") && Scopes.mayBeFilled(declaration.get())) {
        return Optional.empty();
      }
      if (description == null) description = fixed.get();
    }
    return Optional.of(description + " (" + declaration.get().variable().getNameAsString() + ")");
  }

  private static Optional<String> describeCall(MethodCallExpr call) {
    String method = call.getNameAsString();
    if (method.equals("getBytes") && call.getScope().isPresent()
        && Constants.single(call.getScope().get()).isPresent()) {
      return Optional.of("the bytes of a string constant");
    }
    if (DECODERS.contains(method) && call.getArguments().size() == 1
        && Constants.single(call.getArgument(0)).isPresent()) {
      return Optional.of("a decoded string constant");
    }
    if (method.equals("clone") && call.getScope().isPresent()) {
      return describe(call.getScope().get(), 1);
    }
    return Optional.empty();
  }
}
