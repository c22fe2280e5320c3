package dev.vigil.engine.analysis.java.taint;

import java.util.regex.Pattern;

/**
 * Where a model row reads or writes taint at a call: the receiver, the returned value, a range of
 * arguments, or a parameter of a declared method; optionally only when a constant argument matches
 * a regex ({@code Argument[1] when Argument[0]=~(?i)location}), or only in a class that calls a
 * method whose name matches a regex ({@code Argument[0] when class calls enableDefaultTyping}).
 */
record AccessPath(Kind kind, int from, int to, int conditionArgument, Pattern condition,
    Pattern classCalls) {
  /** What part of a call the path names. */
  enum Kind { QUALIFIER, RETURN_VALUE, ARGUMENT, PARAMETER }

  private static final Pattern ARGUMENT =
      Pattern.compile("(Argument|Parameter)(?:\\[(\\d+)(?:\\.\\.(\\d+))?\\])?");

  /** Parses a path such as {@code Argument[0..1]}; throws naming the text on anything else. */
  static AccessPath parse(String text) {
    String spec = text.strip();
    int conditionArgument = -1;
    Pattern condition = null;
    Pattern classCalls = null;
    int when = spec.indexOf(" when ");
    if (when >= 0 && spec.substring(when + 6).strip().startsWith("class calls ")) {
      classCalls = Pattern.compile(spec.substring(when + 6).strip().substring("class calls ".length()));
      spec = spec.substring(0, when).strip();
    } else if (when >= 0) {
      String test = spec.substring(when + 6).strip();
      spec = spec.substring(0, when).strip();
      var m = Pattern.compile("Argument\\[(\\d+)\\]=~(.*)").matcher(test);
      if (!m.matches()) throw new IllegalArgumentException("condition '" + test + "' is not Argument[i]=~regex");
      conditionArgument = Integer.parseInt(m.group(1));
      condition = Pattern.compile(m.group(2));
    }
    if (spec.equals("Qualifier")) return new AccessPath(Kind.QUALIFIER, 0, 0, conditionArgument, condition, classCalls);
    if (spec.equals("ReturnValue")) return new AccessPath(Kind.RETURN_VALUE, 0, 0, conditionArgument, condition, classCalls);
    var m = ARGUMENT.matcher(spec);
    if (!m.matches()) throw new IllegalArgumentException("access path '" + text + "' is not understood");
    Kind kind = m.group(1).equals("Argument") ? Kind.ARGUMENT : Kind.PARAMETER;
    int from = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int to = m.group(2) == null ? Integer.MAX_VALUE : m.group(3) == null ? from : Integer.parseInt(m.group(3));
    return new AccessPath(kind, from, to, conditionArgument, condition, classCalls);
  }

  /** Returns true if argument {@code index} is within this path's range. */
  boolean covers(int index) {
    return kind == Kind.ARGUMENT && index >= from && index <= to;
  }

  /**
   * Returns true if the condition holds, given the constant values of the call's arguments (null
   * where not constant); a condition on a non-constant argument does not hold.
   */
  boolean holds(Object[] constants) {
    if (condition == null) return true;
    if (conditionArgument >= constants.length || constants[conditionArgument] == null) return false;
    return condition.matcher(String.valueOf(constants[conditionArgument])).matches();
  }
}
