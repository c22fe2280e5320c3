package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Where a model row reads or writes taint at a call: the receiver, the returned value, a range of
 * arguments, or a parameter of a declared method; optionally only when a constant argument matches
 * a regex ({@code Argument[1] when Argument[0]=~(?i)location}), only when an argument's static
 * type, where known, has a simple name matching a regex ({@code Argument[0] when Argument[0] isa
 * Path}: {@code Files.copy(InputStream, Path)} reads no path from its first argument), or only in
 * a class that calls a method whose name matches a regex
 * ({@code Argument[0] when class calls enableDefaultTyping}). {@code Store[name]} is the entry of a
 * store the project's methods share (see {@link AttributeStores}) under the call's first argument.
 * A sink path may end with callers it does not apply to: {@code Argument[0] unless caller @Scope
 * passes Parameter[0]} exempts a call in a method annotated {@code @Scope} that passes that method's
 * parameter 0 unchanged (advice run before such methods has made the value safe).
 */
record AccessPath(Kind kind, int from, int to, int conditionArgument, Pattern condition,
    Pattern classCalls, boolean typeCondition, String store, List<CallerExemption> exemptions) {
  /** A caller annotated {@code annotation} (simple name) that passes its parameter {@code parameter}. */
  record CallerExemption(String annotation, int parameter) {}

  /** What part of a call the path names. */
  enum Kind { QUALIFIER, RETURN_VALUE, ARGUMENT, PARAMETER, STORE }

  private static final Pattern STORE = Pattern.compile("Store\\[([a-z]+)\\]");

  private static final Pattern EXEMPTION = Pattern.compile("@([\\w$]+) passes Parameter\\[(\\d+)\\]");
  private static final Pattern ARGUMENT =
      Pattern.compile("(Argument|Parameter)(?:\\[(\\d+)(?:\\.\\.(\\d+))?\\])?");

  /** Parses a path such as {@code Argument[0..1]}; throws naming the text on anything else. */
  static AccessPath parse(String text) {
    String spec = text.strip();
    List<CallerExemption> exemptions = new ArrayList<>();
    int unless = spec.indexOf(" unless caller ");
    if (unless >= 0) {
      for (String each : spec.substring(unless + " unless caller ".length()).split(",")) {
        var m = EXEMPTION.matcher(each.strip());
        if (!m.matches()) throw new IllegalArgumentException("exemption '" + each.strip() + "' is not @Annotation passes Parameter[i]");
        exemptions.add(new CallerExemption(m.group(1), Integer.parseInt(m.group(2))));
      }
      spec = spec.substring(0, unless).strip();
    }
    int conditionArgument = -1;
    Pattern condition = null;
    Pattern classCalls = null;
    boolean typed = false;
    int when = spec.indexOf(" when ");
    if (when >= 0 && spec.substring(when + 6).strip().startsWith("class calls ")) {
      classCalls = Pattern.compile(spec.substring(when + 6).strip().substring("class calls ".length()));
      spec = spec.substring(0, when).strip();
    } else if (when >= 0) {
      String test = spec.substring(when + 6).strip();
      spec = spec.substring(0, when).strip();
      var m = Pattern.compile("Argument\\[(\\d+)\\](=~| isa )(.*)").matcher(test);
      if (!m.matches()) {
        throw new IllegalArgumentException("condition '" + test + "' is not Argument[i]=~regex or Argument[i] isa regex");
      }
      conditionArgument = Integer.parseInt(m.group(1));
      condition = Pattern.compile(m.group(3));
      typed = m.group(2).equals(" isa ");
    }
    List<CallerExemption> exempt = List.copyOf(exemptions);
    if (spec.equals("Qualifier")) return new AccessPath(Kind.QUALIFIER, 0, 0, conditionArgument, condition, classCalls, typed, null, exempt);
    if (spec.equals("ReturnValue")) return new AccessPath(Kind.RETURN_VALUE, 0, 0, conditionArgument, condition, classCalls, typed, null, exempt);
    var store = STORE.matcher(spec);
    if (store.matches()) return new AccessPath(Kind.STORE, 0, 0, conditionArgument, condition, classCalls, typed, store.group(1), exempt);
    var m = ARGUMENT.matcher(spec);
    if (!m.matches()) throw new IllegalArgumentException("access path '" + text + "' is not understood");
    Kind kind = m.group(1).equals("Argument") ? Kind.ARGUMENT : Kind.PARAMETER;
    int from = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int to = m.group(2) == null ? Integer.MAX_VALUE : m.group(3) == null ? from : Integer.parseInt(m.group(3));
    return new AccessPath(kind, from, to, conditionArgument, condition, classCalls, typed, null, exempt);
  }

  /**
   * Returns true if a call in {@code caller} passing {@code argument} is exempt: the caller
   * carries an exempting annotation and the argument is its exempted parameter, never assigned
   * ({@code assigned}: the names the caller assigns).
   */
  boolean exempts(CallableDeclaration<?> caller, Expression argument, Set<String> assigned) {
    if (exemptions.isEmpty() || !(argument instanceof NameExpr name) || assigned.contains(name.getNameAsString())) {
      return false;
    }
    for (CallerExemption e : exemptions) {
      if (e.parameter() < caller.getParameters().size()
          && caller.getParameter(e.parameter()).getNameAsString().equals(name.getNameAsString())
          && caller.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().equals(e.annotation()))) {
        return true;
      }
    }
    return false;
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
    if (condition == null || typeCondition) return true;
    if (conditionArgument >= constants.length || constants[conditionArgument] == null) return false;
    return condition.matcher(String.valueOf(constants[conditionArgument])).matches();
  }

  /**
   * Returns true if the type condition holds, given a function from argument index to its static
   * type (null where unknown); an unknown type satisfies it.
   */
  boolean holdsForTypes(IntFunction<String> argumentType) {
    if (!typeCondition) return true;
    String type = argumentType.apply(conditionArgument);
    if (type == null) return true;
    String simple = TypeNames.erase(type);
    simple = simple.substring(Math.max(simple.lastIndexOf('.'), simple.lastIndexOf('$')) + 1);
    return condition.matcher(simple).matches();
  }
}
