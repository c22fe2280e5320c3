package dev.vigil.engine.analysis.java.taint;

/** Constant folding of the common String methods called on a constant with constant arguments. */
final class StringFolding {
  private StringFolding() {}

  /** Returns the constant result of {@code receiver.name(args)}, or null if it cannot be told. */
  static Object fold(Object receiver, String name, Object[] args) {
    if (!(receiver instanceof String s)) return null;
    for (Object a : args) if (a == null) return null;
    try {
      return switch (name) {
        case "length" -> args.length == 0 ? (Object) (long) s.length() : null;
        case "isEmpty" -> args.length == 0 ? (Object) s.isEmpty() : null;
        case "charAt" -> args.length == 1 && args[0] instanceof Long i ? (Object) s.charAt(i.intValue()) : null;
        case "toUpperCase" -> args.length == 0 ? s.toUpperCase(java.util.Locale.ROOT) : null;
        case "toLowerCase" -> args.length == 0 ? s.toLowerCase(java.util.Locale.ROOT) : null;
        case "trim", "strip" -> args.length == 0 ? s.strip() : null;
        case "equals" -> args.length == 1 ? (Object) s.equals(args[0]) : null;
        case "equalsIgnoreCase" -> args.length == 1 ? (Object) s.equalsIgnoreCase(String.valueOf(args[0])) : null;
        case "contains" -> args.length == 1 ? (Object) s.contains(String.valueOf(args[0])) : null;
        case "startsWith" -> args.length == 1 ? (Object) s.startsWith(String.valueOf(args[0])) : null;
        case "endsWith" -> args.length == 1 ? (Object) s.endsWith(String.valueOf(args[0])) : null;
        case "concat" -> args.length == 1 ? s + args[0] : null;
        case "indexOf" -> args.length == 1 ? (Object) (long) s.indexOf(String.valueOf(args[0])) : null;
        case "substring" -> substring(s, args);
        case "toString", "intern" -> args.length == 0 ? s : null;
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Object substring(String s, Object[] args) {
    if (args.length == 1 && args[0] instanceof Long a) return s.substring(a.intValue());
    if (args.length == 2 && args[0] instanceof Long a && args[1] instanceof Long b) {
      return s.substring(a.intValue(), b.intValue());
    }
    return null;
  }
}
