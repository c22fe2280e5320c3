package dev.vigil.engine.analysis.java.taint;

import java.util.Objects;

/**
 * The callable a model row is about: package, simple type name (nested types as {@code Outer$Inner},
 * synthetic ones as {@code Type#Role}), whether subtypes count, method name (the type's simple name
 * for a constructor) and the number of parameters ({@code -1} for any).
 */
record CallPattern(String packageName, String type, boolean subtypes, String method, int arity) {
  CallPattern {
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(method, "method == null");
  }

  /** Returns the pattern of a row's first five columns. */
  static CallPattern of(String packageName, String type, boolean subtypes, String method,
      String signature) {
    return new CallPattern(packageName, type, subtypes, method, arity(signature));
  }

  /** Returns the fully qualified name of the type, or "" if the row names no type. */
  String qualifiedType() {
    if (type.isEmpty()) return "";
    return packageName.isEmpty() ? type : packageName + "." + type;
  }

  /** Returns true if this pattern names a constructor. */
  boolean constructor() {
    return !type.isEmpty() && simpleName(type).equals(method);
  }

  /**
   * Returns true if a call of {@code arguments} arguments on {@code receiver} matches; a receiver
   * of unknown type (null) matches only String rows, since most untyped text values are strings.
   */
  boolean matches(TypeHierarchy hierarchy, String receiver, int arguments) {
    if (arity >= 0 && arity != arguments) return false;
    if (type.isEmpty()) return true;
    if (receiver == null) return qualifiedType().equals("java.lang.String");
    return hierarchy.isSubtype(receiver, qualifiedType(), subtypes);
  }

  private static int arity(String signature) {
    String s = signature == null ? "" : signature.strip();
    if (s.isEmpty()) return -1;
    if (!s.startsWith("(") || !s.endsWith(")")) {
      throw new IllegalArgumentException("signature '" + s + "' is not a parenthesised list");
    }
    String inner = s.substring(1, s.length() - 1).strip();
    return inner.isEmpty() ? 0 : inner.split(",").length;
  }

  /** Returns the last segment of a dotted or nested type name. */
  static String simpleName(String type) {
    String t = type;
    int hash = t.indexOf('#');
    if (hash >= 0) return t.substring(t.lastIndexOf('.', hash) + 1);
    int cut = Math.max(t.lastIndexOf('.'), t.lastIndexOf('$'));
    return t.substring(cut + 1);
  }
}
