package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds string-valued expressions to the constants they may hold: literals, concatenations,
 * ternaries, names of enum constants ({@code Kind.MD5.name()}), names of locals or fields of this
 * file (also of its nested and sibling constants classes, and interface constants a class of the
 * file inherits from another) whose every assignment is constant
 * (flow-insensitive: all values a variable is ever given are possible), and parameters of private
 * helpers whose every caller in this file passes a constant; names this file does not declare are
 * looked up in the constants of the other files of the tree when the file is analysed with them
 * ({@link ProjectConstants}). Anything else is unknown.
 */
final class Constants {
  private static final int MAX_DEPTH = 8;
  private static final int MAX_VALUES = 16;
  private static final Pattern INJECTED_DEFAULT = Pattern.compile("\\$\\{[^:}]+:([^}$]*)}");
  private static final Set<String> SETTING_LOOKUPS =
      Set.of("getProperty", "getOrDefault", "getString", "getValue");

  private Constants() {}

  /**
   * A possible value and the line of the literal it came from; {@code origin} names the other
   * file's constant it came from, or is null when it came from this file.
   */
  record Value(String text, int line, Origin origin) {
    /** Returns a value written in this file. */
    Value(String text, int line) {
      this(text, line, null);
    }
  }

  /** The declaration of another file's constant: its file, line, code there, and name. */
  record Origin(String path, int line, String code, String constant) {}

  /** Returns the possible values of {@code e}, or empty if any of them is not a constant. */
  static Optional<List<Value>> strings(Expression e) {
    return strings(e, 0, false);
  }

  /**
   * Returns the possible values of {@code e} as {@link #strings}, except that a settings look-up
   * with a default ({@code props.getProperty("k", "MD5")}, {@code getOrDefault},
   * {@code Optional.ofNullable(System.getenv("K")).orElse("MD5")}, a field or parameter injected
   * with {@code @Value("${k:MD5}")}), directly or through the
   * variables it is assigned to, is taken to yield its default: the value in force whenever the
   * setting is absent.
   */
  static Optional<List<Value>> stringsOrDefaults(Expression e) {
    return strings(e, 0, true);
  }

  /** Returns the only possible value of {@code e}, if it has exactly one. */
  static Optional<Value> single(Expression e) {
    return strings(e).filter(values -> values.size() == 1).map(values -> values.get(0));
  }

  private static Optional<List<Value>> strings(Expression e, int depth, boolean defaults) {
    if (depth > MAX_DEPTH) return Optional.empty();
    int line = e.getBegin().map(p -> p.line).orElse(0);
    if (e instanceof StringLiteralExpr s) return Optional.of(List.of(new Value(s.asString(), line)));
    if (e instanceof TextBlockLiteralExpr t) return Optional.of(List.of(new Value(t.asString(), line)));
    if (e instanceof CharLiteralExpr c) return Optional.of(List.of(new Value(String.valueOf(c.asChar()), line)));
    if (e instanceof IntegerLiteralExpr i) return Optional.of(List.of(new Value(i.getValue(), line)));
    if (e instanceof LongLiteralExpr l) return Optional.of(List.of(new Value(l.getValue(), line)));
    if (e instanceof EnclosedExpr enclosed) return strings(enclosed.getInner(), depth + 1, defaults);
    if (e instanceof ConditionalExpr c) {
      return union(List.of(c.getThenExpr(), c.getElseExpr()), depth, defaults);
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<List<Value>> left = strings(b.getLeft(), depth + 1, defaults);
      Optional<List<Value>> right = strings(b.getRight(), depth + 1, defaults);
      if (left.isEmpty() || right.isEmpty()) return Optional.empty();
      List<Value> joined = new ArrayList<>();
      for (Value l : left.get()) {
        for (Value r : right.get()) {
          joined.add(new Value(l.text() + r.text(), l.line(), l.origin() != null ? l.origin() : r.origin()));
        }
      }
      return joined.size() > MAX_VALUES ? Optional.empty() : Optional.of(joined);
    }
    if (e instanceof MethodCallExpr call) {
      Optional<Expression> fallback = defaults ? settingDefault(call) : Optional.empty();
      return fallback.isPresent() ? strings(fallback.get(), depth + 1, false) : enumName(call, line);
    }
    Optional<Scopes.Declaration> declaration = Optional.empty();
    if (e instanceof NameExpr name) {
      declaration = Scopes.declaration(e, name.getNameAsString());
    } else if (e instanceof FieldAccessExpr access) {
      declaration = Scopes.field(access);
    }
    if (declaration.isEmpty()) return ProjectConstants.valueElsewhere(e).map(List::of);
    Optional<Value> injected = defaults ? injectedDefault(declaration.get()) : Optional.empty();
    if (injected.isPresent()) return Optional.of(List.of(injected.get()));
    if (declaration.get().parameter() != null) {
      List<Expression> arguments = Scopes.callerArguments(declaration.get());
      return arguments.isEmpty() ? Optional.empty() : union(arguments, depth, defaults);
    }
    List<Expression> assigned = Scopes.assignedValues(declaration.get());
    return assigned.isEmpty() ? Optional.empty() : union(assigned, depth, defaults);
  }

  /**
   * Returns the default of a setting injected into a field or parameter,
   * {@code @Value("${key:default}")}: the value in force whenever the setting is absent.
   */
  private static Optional<Value> injectedDefault(Scopes.Declaration declaration) {
    NodeWithAnnotations<?> annotated = declaration.parameter() != null ? declaration.parameter()
        : declaration.variable().getParentNode().filter(p -> p instanceof FieldDeclaration)
            .map(p -> (FieldDeclaration) p).orElse(null);
    if (annotated == null) return Optional.empty();
    return annotated.getAnnotationByName("Value")
        .filter(a -> a instanceof SingleMemberAnnotationExpr)
        .map(a -> ((SingleMemberAnnotationExpr) a).getMemberValue())
        .filter(v -> v instanceof StringLiteralExpr)
        .map(v -> (StringLiteralExpr) v)
        .flatMap(literal -> {
          Matcher m = INJECTED_DEFAULT.matcher(literal.asString());
          return m.matches() ? Optional.of(new Value(m.group(1), literal.getBegin().map(p -> p.line).orElse(0)))
              : Optional.empty();
        });
  }

  /** Returns the default of a settings look-up: {@code getProperty("k", d)}, {@code orElse(d)}. */
  private static Optional<Expression> settingDefault(MethodCallExpr call) {
    if (call.getArguments().size() == 2 && SETTING_LOOKUPS.contains(call.getNameAsString())) {
      return Optional.of(call.getArgument(1));
    }
    if (call.getArguments().size() == 1 && call.getNameAsString().equals("orElse")) {
      return Optional.of(call.getArgument(0));
    }
    return Optional.empty();
  }

  /** Returns the name of an enum constant of this file, for {@code Kind.MD5.name()}. */
  private static Optional<List<Value>> enumName(MethodCallExpr call, int line) {
    if (!call.getNameAsString().equals("name") || !call.getArguments().isEmpty()
        || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    Expression scope = call.getScope().get();
    String constant = scope instanceof FieldAccessExpr access ? access.getNameAsString()
        : scope instanceof NameExpr name ? name.getNameAsString() : null;
    if (constant == null) return Optional.empty();
    boolean declared = call.findRootNode().findAll(EnumConstantDeclaration.class).stream()
        .anyMatch(c -> c.getNameAsString().equals(constant));
    return declared ? Optional.of(List.of(new Value(constant, line))) : Optional.empty();
  }

  private static Optional<List<Value>> union(List<Expression> expressions, int depth, boolean defaults) {
    List<Value> values = new ArrayList<>();
    for (Expression expression : expressions) {
      Optional<List<Value>> more = strings(expression, depth + 1, defaults);
      if (more.isEmpty()) return Optional.empty();
      values.addAll(more.get());
    }
    return values.size() > MAX_VALUES ? Optional.empty() : Optional.of(values);
  }
}
