package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a project's own escaping methods by what they do, not by their name: a method that
 * maps each character a context treats as syntax to its escaped form (HTML entities for the angle
 * brackets, RFC 4515 hex escapes for an LDAP filter's metacharacters, a doubled single quote in an
 * SQL string literal, a closed, escaped and reopened single quote in a shell word). A mapping
 * counts where the character and its escape meet in one place: the arguments of one call in that order ({@code replace("<", "&lt;")}), a switch case on the
 * character, or an {@code if (c == '<')} whose branch writes the escape. Decoders (the escape
 * replaced back by the character) and text that merely contains an entity are not escapers.
 */
final class HandWrittenEscapers {
  /** A context: the characters that must all be mapped, each to one of its accepted escapes. */
  private record Context(String kind, Map<Character, List<String>> escapes) {}

  private static final List<Context> CONTEXTS = List.of(
      new Context("xss", Map.of(
          '<', List.of("&lt;", "&#60;", "&#x3c;"),
          '>', List.of("&gt;", "&#62;", "&#x3e;"))),
      new Context("ldap-injection", Map.of(
          '*', List.of("\\2a"),
          '(', List.of("\\28"),
          ')', List.of("\\29"),
          '\\', List.of("\\5c"))),
      new Context("sql-injection", Map.of('\'', List.of("''", "\\'"))),
      // POSIX shell quoting: inside single quotes only the quote is special; it is closed,
      // escaped (or double-quoted) and reopened
      new Context("command-injection", Map.of('\'', List.of("'\\''", "'\"'\"'"))));

  private HandWrittenEscapers() {}

  /** Returns the sink kinds whose syntax the method escapes in the String it returns (empty if none). */
  static Set<String> kinds(CallableDeclaration<?> callee) {
    if (!(callee instanceof MethodDeclaration m) || m.getBody().isEmpty()
        || !m.getTypeAsString().equals("String") || m.getParameters().isEmpty()) {
      return Set.of();
    }
    Set<String> mapped = new HashSet<>();
    for (MethodCallExpr call : m.findAll(MethodCallExpr.class)) {
      List<Expression> args = call.getArguments();
      for (int i = 0; i + 1 < args.size(); i++) {
        Character c = character(args.get(i));
        if (c != null) mapped.addAll(escapes(c, args.get(i + 1)));
      }
    }
    for (SwitchEntry entry : m.findAll(SwitchEntry.class)) {
      for (Expression label : entry.getLabels()) {
        Character c = character(label);
        if (c != null) entry.getStatements().forEach(st -> mapped.addAll(escapes(c, st)));
      }
    }
    for (IfStmt branch : m.findAll(IfStmt.class)) {
      for (BinaryExpr test : branch.getCondition().findAll(BinaryExpr.class)) {
        if (test.getOperator() != BinaryExpr.Operator.EQUALS) continue;
        Character c = character(test.getRight());
        if (c == null) c = character(test.getLeft());
        if (c != null) mapped.addAll(escapes(c, branch.getThenStmt()));
      }
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (Context context : CONTEXTS) {
      if (context.escapes().keySet().stream().allMatch(c -> mapped.contains(context.kind() + c))) {
        kinds.add(context.kind());
      }
    }
    return kinds;
  }

  /** Returns the single character a literal stands for, or null. */
  private static Character character(Expression e) {
    if (e instanceof CharLiteralExpr c) return c.asChar();
    if (e instanceof StringLiteralExpr s && s.asString().length() == 1) return s.asString().charAt(0);
    return null;
  }

  /** Returns, as kind followed by {@code c}, the contexts one of whose escapes of {@code c} a string literal in {@code where} holds. */
  private static Set<String> escapes(char c, Node where) {
    Set<String> found = new HashSet<>();
    List<StringLiteralExpr> literals = where instanceof StringLiteralExpr s ? List.of(s)
        : where.findAll(StringLiteralExpr.class);
    for (StringLiteralExpr literal : literals) {
      String text = literal.asString().toLowerCase(Locale.ROOT);
      for (Context context : CONTEXTS) {
        for (String escape : context.escapes().getOrDefault(c, List.of())) {
          if (text.contains(escape)) found.add(context.kind() + c);
        }
      }
    }
    return found;
  }
}
