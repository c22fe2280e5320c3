package dev.vigil.engine.analysis.java.mybatis;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the {@code ${...}} roots of a statement to the names its method's parameters are bound
 * by: fragments are included (by id in the statement's namespace or by qualified id), a
 * fragment's {@code <property>} names are text, not values, and a {@code <foreach>} item or a
 * {@code <bind>} variable stands for the names it is computed from.
 */
final class StatementRoots {
  /** Includes nested deeper than this are not followed (MyBatis rejects cycles too). */
  private static final int MAX_DEPTH = 16;

  private final Map<String, SqlPart> fragments;

  /** {@code fragments}: every {@code <sql>} fragment of the tree, by {@code namespace.id}. */
  StatementRoots(Map<String, SqlPart> fragments) {
    this.fragments = fragments;
  }

  /** Returns the names a statement of {@code namespace} pastes into its SQL. */
  Set<String> of(SqlPart statement, String namespace) {
    Set<String> roots = new LinkedHashSet<>();
    expressions(statement, namespace).forEach(e -> roots.add(DollarExpressions.root(e)));
    return roots;
  }

  /**
   * Returns the {@code ${...}} expressions a statement pastes, as written; one whose root is a
   * block variable is given as the names the variable stands for.
   */
  Set<String> expressions(SqlPart statement, String namespace) {
    Set<String> expressions = new LinkedHashSet<>();
    collect(statement, namespace, Map.of(), expressions, 0);
    return expressions;
  }

  private void collect(SqlPart part, String namespace, Map<String, Set<String>> variables,
      Set<String> into, int depth) {
    if (part instanceof SqlPart.Text text) {
      DollarExpressions.expressions(text.text()).forEach(e -> into.addAll(resolved(e, variables)));
    } else if (part instanceof SqlPart.Include include) {
      if (depth >= MAX_DEPTH) return;
      String key = include.refid().contains(".") ? include.refid() : namespace + "." + include.refid();
      SqlPart fragment = fragments.get(key);
      DollarExpressions.expressions(include.propertyText()).forEach(e -> into.addAll(resolved(e, variables)));
      if (fragment == null) return;
      Set<String> included = new LinkedHashSet<>();
      collect(fragment, key.substring(0, key.lastIndexOf('.')), variables, included, depth + 1);
      included.removeIf(e -> include.properties().contains(DollarExpressions.root(e)));
      into.addAll(included);
    } else if (part instanceof SqlPart.Block block) {
      Map<String, Set<String>> inner = new HashMap<>(variables);
      block.variables().forEach((name, names) -> {
        Set<String> resolved = new LinkedHashSet<>();
        names.forEach(n -> resolved.addAll(variables.getOrDefault(n, Set.of(n))));
        inner.put(name, resolved);
      });
      block.parts().forEach(p -> collect(p, namespace, inner, into, depth));
    }
  }

  /** Returns the expression, or the names its root stands for where the root is a block variable. */
  private static Set<String> resolved(String expression, Map<String, Set<String>> variables) {
    Set<String> names = variables.get(DollarExpressions.root(expression));
    return names == null ? Set.of(expression) : names;
  }
}
