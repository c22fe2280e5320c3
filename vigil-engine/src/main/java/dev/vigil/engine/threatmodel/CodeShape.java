package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Finding;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code shape of a finding: its rule id and its excerpt with names and literals abstracted, so
 * that two findings of one rule on the same kind of code look alike even with other variable
 * names, strings or numbers. In the excerpt, string literals become {@code "_"}, character
 * literals {@code '_'}, numbers {@code 0}, and identifiers {@code _}, except Java keywords, names
 * of called methods (followed by {@code (}) and names starting with a capital (types, constants);
 * comments are dropped, and white space too except one space between two words. For example
 * {@code stmt.executeQuery("SELECT * FROM users WHERE id=" + id)} has the shape
 * {@code _.executeQuery("_"+_)}.
 */
public record CodeShape(String ruleId, String shape) {
  private static final Pattern TOKEN = Pattern.compile(
      "//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+'|[A-Za-z_$][\\w$]*"
          + "|\\d[\\w.]*|\\S", Pattern.DOTALL);
  private static final Set<String> KEYWORDS = Set.of(
      "new", "return", "if", "else", "for", "while", "do", "try", "catch", "finally", "throw",
      "throws", "this", "super", "null", "true", "false", "instanceof", "final", "static", "var",
      "switch", "case", "default", "break", "continue", "class", "int", "long", "byte", "char",
      "short", "boolean", "double", "float", "void", "public", "private", "protected", "import");

  /** Returns the shape of a finding. */
  public static CodeShape of(Finding finding) {
    return of(finding.ruleId(), finding.excerpt());
  }

  /** Returns the shape of an excerpt reported by rule {@code ruleId}. */
  public static CodeShape of(String ruleId, String excerpt) {
    StringBuilder shape = new StringBuilder();
    String code = excerpt == null ? "" : excerpt;
    Matcher token = TOKEN.matcher(code);
    while (token.find()) {
      String text = token.group();
      char first = text.charAt(0);
      if (text.startsWith("//") || text.startsWith("/*")) continue;
      String part;
      if (first == '"') part = "\"_\"";
      else if (first == '\'') part = "'_'";
      else if (Character.isDigit(first)) part = "0";
      else if (Character.isJavaIdentifierStart(first)) part = identifier(text, code, token.end());
      else part = text;
      boolean word = Character.isJavaIdentifierPart(part.charAt(0));
      if (word && !shape.isEmpty() && Character.isJavaIdentifierPart(shape.charAt(shape.length() - 1))) {
        shape.append(' ');
      }
      shape.append(part);
    }
    return new CodeShape(ruleId, shape.toString());
  }

  private static String identifier(String name, String code, int end) {
    if (KEYWORDS.contains(name) || Character.isUpperCase(name.charAt(0))) return name;
    int next = end;
    while (next < code.length() && Character.isWhitespace(code.charAt(next))) next++;
    return next < code.length() && code.charAt(next) == '(' ? name : "_";
  }
}
