package dev.vigil.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one line of code into tokens for highlighting: comments, string and character literals,
 * numbers and the keywords of Java, JavaScript and Python. A line on its own, so a block comment is
 * recognised by its markers ({@code /*}, a leading {@code *}); what is not recognised stays plain.
 */
public final class CodeTokens {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
      "case", "catch", "char", "class", "const", "continue", "def", "default", "do", "double", "else",
      "enum", "extends", "false", "final", "finally", "float", "for", "from", "function", "if",
      "implements", "import", "in", "instanceof", "int", "interface", "let", "long", "new", "null",
      "package", "private", "protected", "public", "return", "short", "static", "super", "switch",
      "synchronized", "this", "throw", "throws", "true", "try", "var", "void", "while", "yield",
      "None", "True", "False", "lambda", "async", "await", "export", "typeof", "undefined");

  private CodeTokens() {}

  /** One piece of a line; {@code css} is the class to show it with, empty for plain text. */
  public record Token(String css, String text) {}

  /** Returns the tokens of {@code line}, which together are exactly the line. */
  public static List<Token> of(String line) {
    List<Token> tokens = new ArrayList<>();
    String trimmed = line.stripLeading();
    if (trimmed.startsWith("*") || trimmed.startsWith("/*") || trimmed.startsWith("//")
        || trimmed.startsWith("#")) {
      tokens.add(new Token("tok-com", line));
      return tokens;
    }
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int end;
      String css;
      if (c == '/' && line.startsWith("//", i)) {
        end = line.length();
        css = "tok-com";
      } else if (c == '/' && line.startsWith("/*", i)) {
        int close = line.indexOf("*/", i + 2);
        end = close < 0 ? line.length() : close + 2;
        css = "tok-com";
      } else if (c == '"' || c == '\'') {
        end = closingQuote(line, i);
        css = "tok-str";
      } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(line.charAt(i - 1)))) {
        end = i;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '.'
            || line.charAt(end) == '_')) {
          end++;
        }
        css = "tok-num";
      } else if (Character.isJavaIdentifierStart(c)) {
        end = i;
        while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) end++;
        css = KEYWORDS.contains(line.substring(i, end)) ? "tok-kw" : "";
      } else {
        end = i + 1;
        css = "";
      }
      if (css.isEmpty()) {
        plain.append(line, i, end);
      } else {
        flush(plain, tokens);
        tokens.add(new Token(css, line.substring(i, end)));
      }
      i = end;
    }
    flush(plain, tokens);
    return tokens;
  }

  private static int closingQuote(String line, int open) {
    char quote = line.charAt(open);
    for (int i = open + 1; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == quote) {
        return i + 1;
      }
    }
    return line.length();
  }

  private static void flush(StringBuilder plain, List<Token> tokens) {
    if (plain.length() > 0) {
      tokens.add(new Token("", plain.toString()));
      plain.setLength(0);
    }
  }
}
