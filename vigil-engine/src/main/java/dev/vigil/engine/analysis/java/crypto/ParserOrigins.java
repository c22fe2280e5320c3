package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Traces an expression back to the XML parser family it was made from: through call chains
 * ({@code factory.newDocumentBuilder()}), variables and fields (their initialisers and
 * assignments), private helpers' parameters (the arguments callers pass) and methods of the
 * same class that return one. Rule data {@code parsers} lists the creations as
 * {@code Family=Type.method} or {@code Family=Type} (a constructor).
 */
final class ParserOrigins {
  private static final int MAX_DEPTH = 8;

  private final Map<CallSite, String> creations = new LinkedHashMap<>();

  ParserOrigins(List<String> parsers) {
    for (String entry : parsers) {
      int equals = entry.indexOf('=');
      creations.put(CallSite.parse(entry.substring(equals + 1)), entry.substring(0, equals).strip());
    }
  }

  /** Returns the family of the parser {@code e} evaluates to, if it can be traced to a creation. */
  Optional<String> family(Expression e) {
    return family(e, 0);
  }

  private Optional<String> family(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Optional.empty();
    if (e instanceof EnclosedExpr enclosed) return family(enclosed.getInner(), depth + 1);
    if (e instanceof CastExpr cast) return family(cast.getExpression(), depth + 1);
    if (e instanceof ObjectCreationExpr creation) {
      return creations.entrySet().stream().filter(c -> c.getKey().matches(creation))
          .map(Map.Entry::getValue).findFirst();
    }
    if (e instanceof MethodCallExpr call) return familyOfCall(call, depth);
    Optional<String> name = Scopes.variableName(e);
    Optional<Scopes.Declaration> declaration = name.flatMap(n -> Scopes.declaration(e, n));
    if (declaration.isEmpty()) return Optional.empty();
    List<Expression> values = declaration.get().parameter() != null
        ? Scopes.callerArguments(declaration.get()) : Scopes.assignedValues(declaration.get());
    return first(values, depth);
  }

  private Optional<String> familyOfCall(MethodCallExpr call, int depth) {
    for (Map.Entry<CallSite, String> creation : creations.entrySet()) {
      if (creation.getKey().matches(call)) return Optional.of(creation.getValue());
    }
    Optional<Expression> scope = call.getScope();
    if (scope.isPresent() && !(scope.get() instanceof ThisExpr)) return family(scope.get(), depth + 1);
    List<Expression> returned = new ArrayList<>();
    for (MethodDeclaration method : ownMethods(call)) {
      if (method.getParameters().size() != call.getArguments().size()) continue;
      method.findAll(ReturnStmt.class).forEach(r -> r.getExpression().ifPresent(returned::add));
    }
    return first(returned, depth);
  }

  private Optional<String> first(List<Expression> values, int depth) {
    for (Expression value : values) {
      Optional<String> family = family(value, depth + 1);
      if (family.isPresent()) return family;
    }
    return Optional.empty();
  }

  /** Returns the methods named as {@code call} in the class around it. */
  private static List<MethodDeclaration> ownMethods(MethodCallExpr call) {
    return Scopes.ancestor(call, n -> n instanceof TypeDeclaration<?>)
        .map(t -> ((TypeDeclaration<?>) t).getMethodsByName(call.getNameAsString()))
        .orElse(List.of());
  }
}
