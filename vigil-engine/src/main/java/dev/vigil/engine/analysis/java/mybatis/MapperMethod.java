package dev.vigil.engine.analysis.java.mybatis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A method of a mapper interface: its name, and for each parameter its declared name, its
 * {@code @Param} name (null without one) and its type as written; {@code annotatedRoots} are the
 * {@code ${...}} roots of its {@code @Select}/{@code @Insert}/{@code @Update}/{@code @Delete} SQL.
 */
record MapperMethod(String name, List<String> names, List<String> aliases, List<String> types,
    Set<String> annotatedRoots) {
  private static final Pattern POSITIONAL = Pattern.compile("(param|arg)(\\d+)");
  /** Types whose values cannot carry SQL text. */
  private static final Set<String> NO_TEXT = Set.of("int", "long", "short", "byte", "boolean",
      "double", "float", "char", "Integer", "Long", "Short", "Byte", "Boolean", "Double", "Float",
      "BigDecimal", "BigInteger", "Date", "LocalDate", "LocalDateTime", "Instant", "UUID");

  MapperMethod {
    names = List.copyOf(names);
    aliases = Collections.unmodifiableList(new ArrayList<>(aliases)); // null: no @Param
    types = List.copyOf(types);
    annotatedRoots = Set.copyOf(annotatedRoots);
  }

  /**
   * Returns the parameters whose values the roots paste into the SQL, as MyBatis binds them: by
   * {@code @Param} name; the only parameter, for any root (its value, or a property of it);
   * {@code paramN} (1-based) and {@code argN} (0-based); the declared name (compiled with
   * {@code -parameters}); {@code _parameter}, every one. Parameters of numeric, boolean or date
   * type are left out: their values carry no SQL.
   */
  Set<Integer> pastedArguments(Set<String> roots) {
    Set<Integer> found = new HashSet<>();
    int arity = names.size();
    for (String root : roots) {
      if (root.equals("_parameter")) {
        for (int i = 0; i < arity; i++) found.add(i);
        continue;
      }
      int byAlias = aliases.indexOf(root);
      Matcher positional = POSITIONAL.matcher(root);
      if (byAlias >= 0) {
        found.add(byAlias);
      } else if (arity == 1 && aliases.get(0) == null) {
        found.add(0);
      } else if (positional.matches()) {
        int index = Integer.parseInt(positional.group(2)) - (positional.group(1).equals("param") ? 1 : 0);
        if (index >= 0 && index < arity) found.add(index);
      } else if (names.indexOf(root) >= 0 && aliases.get(names.indexOf(root)) == null) {
        found.add(names.indexOf(root));
      }
    }
    found.removeIf(i -> NO_TEXT.contains(simpleType(types.get(i))));
    return found;
  }

  private static String simpleType(String written) {
    String t = written.strip();
    int generic = t.indexOf('<');
    if (generic >= 0) t = t.substring(0, generic);
    return t.substring(t.lastIndexOf('.') + 1);
  }
}
