package dev.vigil.engine.analysis.java.taint;

import java.util.Set;

/** Helpers for type names as written in source: erasure and the types that cannot carry text. */
final class TypeNames {
  private static final Set<String> SCALARS = Set.of("int", "long", "short", "byte", "double",
      "float", "boolean", "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean",
      "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "BigDecimal", "BigInteger",
      "java.math.BigDecimal", "java.math.BigInteger", "UUID", "java.util.UUID", "LocalDate",
      "LocalDateTime", "Instant", "void");

  private TypeNames() {}

  /** Returns the type without type arguments, array brackets or varargs dots. */
  static String erase(String type) {
    if (type == null) return "";
    String t = type;
    int lt = t.indexOf('<');
    if (lt >= 0) t = t.substring(0, lt);
    int bracket = t.indexOf('[');
    if (bracket >= 0) t = t.substring(0, bracket);
    if (t.endsWith("...")) t = t.substring(0, t.length() - 3);
    return t.strip();
  }

  /** Returns true if a value of this type is a number, a boolean or similar and cannot carry text. */
  static boolean isScalar(String type) {
    return type != null && type.indexOf('[') < 0 && !type.endsWith("...") && SCALARS.contains(erase(type));
  }

  /** Returns true if the type is an array type. */
  static boolean isArray(String type) {
    return type != null && (type.endsWith("]") || type.endsWith("..."));
  }

  /** Returns the element type of an array type. */
  static String elementOf(String type) {
    if (type.endsWith("...")) return type.substring(0, type.length() - 3);
    return type.substring(0, type.lastIndexOf('['));
  }

  /** Returns true if the erased type is a list-like collection indexed by position. */
  static boolean isList(String type) {
    String s = CallPattern.simpleName(erase(type));
    return s.endsWith("List") || s.equals("Vector") || s.equals("Stack") || s.equals("Collection")
        || s.endsWith("Set") || s.endsWith("Deque") || s.endsWith("Queue") || s.equals("Iterable");
  }

  /** Returns true if the erased type is a map-like collection indexed by key. */
  static boolean isMap(String type) {
    String s = CallPattern.simpleName(erase(type));
    return s.endsWith("Map") || s.equals("Properties") || s.equals("Hashtable")
        || s.equals("Dictionary") || s.equals("MultiValueMap");
  }
}
