package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether the XML parsers of a class are hardened against external entities. Every setter
 * call of the class ({@code setterMethods}) is read as {@code "method name = value"}, with names
 * and values resolved to constants where possible ({@code Boolean.FALSE} is {@code false}; a
 * private helper's parameters take the constant arguments its callers pass), and matched against
 * the {@code hardening} patterns ({@code token=regex}). A setting applies to the parser family
 * its receiver traces to, or to every family when the receiver cannot be traced. A family is
 * hardened when all tokens of one of its {@code safeWhen} alternatives are set.
 */
final class XmlHardening {
  private static final String ANY_FAMILY = "*";

  private final Set<String> setters;
  private final Map<String, Pattern> patterns = new LinkedHashMap<>();
  private final Map<String, List<Set<String>>> safeWhen = new HashMap<>();
  private final ParserOrigins origins;

  XmlHardening(CryptoRule rule, ParserOrigins origins) {
    this.setters = Set.copyOf(rule.list("setterMethods"));
    this.origins = origins;
    for (String entry : rule.list("hardening")) {
      int equals = entry.indexOf('=');
      patterns.put(entry.substring(0, equals).strip(), Pattern.compile(entry.substring(equals + 1).strip()));
    }
    for (String entry : rule.list("safeWhen")) {
      int equals = entry.indexOf('=');
      List<Set<String>> alternatives = new ArrayList<>();
      for (String alternative : entry.substring(equals + 1).split("\\|")) {
        if (!alternative.isBlank()) alternatives.add(Set.of(alternative.strip().split("\\s*\\+\\s*")));
      }
      safeWhen.put(entry.substring(0, equals).strip(), alternatives);
    }
  }

  /** Returns the settings made in {@code type}: the tokens set, by parser family. */
  Map<String, Set<String>> settings(Node type) {
    Map<String, Set<String>> tokens = new HashMap<>();
    for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
      if (!setters.contains(call.getNameAsString()) || call.getArguments().size() != 2) continue;
      String family = call.getScope().flatMap(origins::family).orElse(ANY_FAMILY);
      for (String name : values(call.getArgument(0))) {
        for (String value : values(call.getArgument(1))) {
          String text = call.getNameAsString() + " " + name + " = " + value;
          patterns.forEach((token, pattern) -> {
            if (pattern.matcher(text).find()) tokens.computeIfAbsent(family, f -> new HashSet<>()).add(token);
          });
        }
      }
    }
    return tokens;
  }

  /** Returns true if {@code settings} harden parsers of {@code family}. */
  boolean hardened(String family, Map<String, Set<String>> settings) {
    Set<String> set = new HashSet<>(settings.getOrDefault(family, Set.of()));
    set.addAll(settings.getOrDefault(ANY_FAMILY, Set.of()));
    return safeWhen.getOrDefault(family, List.of()).stream().anyMatch(set::containsAll);
  }

  /**
   * Returns the constants an argument may stand for (several when a helper is called with
   * different ones), or its source text.
   */
  private static Set<String> values(Expression e) {
    Set<String> values = new HashSet<>();
    if (bools(e, 0, values)) return values;
    values.clear();
    Optional<List<Constants.Value>> strings = Constants.strings(e);
    if (strings.isPresent()) strings.get().forEach(v -> values.add(v.text()));
    else values.add(e.toString());
    return values;
  }

  /** Adds the booleans {@code e} may be to {@code into}; returns false if one is not a constant. */
  private static boolean bools(Expression e, int depth, Set<String> into) {
    if (e instanceof BooleanLiteralExpr literal) {
      into.add(String.valueOf(literal.getValue()));
      return true;
    }
    if (e instanceof FieldAccessExpr access && access.getScope().toString().equals("Boolean")
        && Set.of("TRUE", "FALSE").contains(access.getNameAsString())) {
      into.add(access.getNameAsString().toLowerCase(Locale.ROOT));
      return true;
    }
    if (!(e instanceof NameExpr name) || depth >= 4) return false;
    Optional<Scopes.Declaration> declaration = Scopes.declaration(e, name.getNameAsString());
    if (declaration.isEmpty()) return false;
    List<Expression> assigned = declaration.get().parameter() != null
        ? Scopes.callerArguments(declaration.get()) : Scopes.assignedValues(declaration.get());
    return !assigned.isEmpty() && assigned.stream().allMatch(v -> bools(v, depth + 1, into));
  }
}
