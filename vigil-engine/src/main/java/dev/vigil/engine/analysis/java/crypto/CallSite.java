package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Optional;

/**
 * A call shape written in rule data as {@code Type.method:argument} (a static-style call on a
 * simple type name), {@code *.method:argument} (a method on any receiver) or {@code Type:argument}
 * (a constructor); the argument index is optional.
 */
record CallSite(String type, String method, int argument) {
  /** Parses an entry such as {@code DriverManager.getConnection:2} or {@code SecretKeySpec:0}. */
  static CallSite parse(String entry) {
    String shape = entry.strip();
    int argument = -1;
    int colon = shape.indexOf(':');
    if (colon >= 0) {
      argument = Integer.parseInt(shape.substring(colon + 1).strip());
      shape = shape.substring(0, colon);
    }
    int dot = shape.lastIndexOf('.');
    return dot < 0 ? new CallSite(shape, null, argument)
        : new CallSite(shape.substring(0, dot), shape.substring(dot + 1), argument);
  }

  /** Parses every entry of a rule data list. */
  static List<CallSite> parseAll(List<String> entries) {
    return entries.stream().map(CallSite::parse).toList();
  }

  /** Returns true if {@code call} has this shape. */
  boolean matches(MethodCallExpr call) {
    if (method == null) return false;
    if (type.equals("*")) return call.getNameAsString().equals(method);
    return Scopes.isStaticCall(call, method, type);
  }

  /** Returns true if {@code creation} constructs this type. */
  boolean matches(ObjectCreationExpr creation) {
    return method == null && creation.getType().getNameAsString().equals(type);
  }

  /** Returns the argument this shape points at in {@code arguments}, if present. */
  Optional<Expression> argumentOf(List<Expression> arguments) {
    return argument >= 0 && argument < arguments.size() ? Optional.of(arguments.get(argument))
        : Optional.empty();
  }
}
