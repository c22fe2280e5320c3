package dev.vigil.engine.analysis.java.mybatis;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${...}} expressions of MyBatis SQL text: MyBatis pastes their values into the SQL
 * string as they are, where {@code #{...}} binds them as parameters. An expression is named by its
 * root, the parameter or property it starts from ({@code params} of {@code ${params.dataScope}}).
 */
final class DollarExpressions {
  private static final Pattern DOLLAR = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)[^}]*}");
  private static final Pattern ROOT = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern IDENTIFIER = Pattern.compile("'[^']*'|\"[^\"]*\"|([A-Za-z_$][\\w$]*)");
  private static final Set<String> OGNL_WORDS = Set.of("and", "or", "not", "null", "true", "false",
      "eq", "neq", "lt", "gt", "lte", "gte", "in", "instanceof", "new");

  private DollarExpressions() {}

  /** Returns the roots of the {@code ${...}} expressions in {@code text}, in order. */
  static Set<String> roots(String text) {
    Set<String> roots = new LinkedHashSet<>();
    expressions(text).forEach(e -> roots.add(root(e)));
    return roots;
  }

  /** Returns the {@code ${...}} expressions in {@code text} as written, trimmed ({@code params.dataScope}), in order. */
  static Set<String> expressions(String text) {
    Set<String> expressions = new LinkedHashSet<>();
    if (text == null || !text.contains("${")) return expressions;
    Matcher m = DOLLAR.matcher(text);
    while (m.find()) expressions.add(m.group().substring(2, m.group().length() - 1).strip());
    return expressions;
  }

  /** Returns the root of an expression: the name it starts with. */
  static String root(String expression) {
    Matcher m = ROOT.matcher(expression);
    return m.lookingAt() ? m.group() : expression;
  }

  /**
   * Returns the names an OGNL expression reads ({@code name} and {@code suffix} of {@code '%' +
   * name + suffix}), for a {@code <bind>} whose variable then carries them; string literals,
   * keywords and the members after a dot are not names.
   */
  static Set<String> names(String ognl) {
    Set<String> names = new LinkedHashSet<>();
    if (ognl == null) return names;
    Matcher m = IDENTIFIER.matcher(ognl);
    while (m.find()) {
      String name = m.group(1);
      if (name == null || OGNL_WORDS.contains(name)) continue;
      int before = m.start() - 1;
      while (before >= 0 && Character.isWhitespace(ognl.charAt(before))) before--;
      if (before >= 0 && ognl.charAt(before) == '.') continue;
      names.add(name);
    }
    return names;
  }
}
