package dev.vigil.engine.fix;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.SwitchStmt;
import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A hard-coded credential is read from an environment variable named after the variable that held
 * it ({@code apiKey} reads {@code API_KEY}); the patch notes that the secret is in the history and
 * must be rotated, since removing it from the code does not un-publish it. A literal that is not the
 * whole initializer of a variable, or a constant that must be compile-time (used in an annotation or
 * a switch), is refused.
 */
final class HardcodedSecretFix extends JavaFix {
  HardcodedSecretFix() {
    super("java.hardcoded-credential");
  }

  @Override
  public boolean handles(Finding finding) {
    return super.handles(finding)
        || finding.ruleId().startsWith("secrets.") && finding.location().path().endsWith(".java");
  }

  @Override
  String fix(Edit edit) {
    JavaUnit unit = edit.unit();
    StringLiteralExpr literal = secretLiteral(edit);
    if (literal.findAncestor(com.github.javaparser.ast.expr.AnnotationExpr.class).isPresent()) {
      String value = literal.getValue();
      if (!value.matches("\\$\\{[^:}]+:[^}]*}")) throw new NoSafeFix("the secret is written in an annotation");
      literal.setValue(value.substring(0, value.indexOf(':')) + "}");
      noteRotation(edit, "the property " + value.substring(2, value.indexOf(':')));
      return "Drops the secret default of the property placeholder, so the value must come from configuration.";
    }
    if (literal.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getNameAsString().startsWith("equals")) {
      throw new NoSafeFix("the literal is compared with input: a hard-coded login is a back door to remove, not a "
          + "secret to move to configuration");
    }
    String env = environmentName(edit, literal);
    literal.replace(new MethodCallExpr(new NameExpr("System"), "getenv", new NodeList<>(new StringLiteralExpr(env))));
    noteRotation(edit, "the environment variable " + env);
    return "Reads the secret from the environment variable " + env + " instead of the source code, so it is no "
        + "longer shipped with the code.";
  }

  private static void noteRotation(Edit edit, String where) {
    edit.note("The secret that was in " + edit.finding.location().path() + " is in the repository's history: rotate "
        + "it (issue a new one, revoke the old one) and set the new one in " + where + " wherever the application runs.");
  }

  /**
   * Returns the literal holding the secret: the one the masked excerpt starts like, else the value of
   * a string constant the line passes, else the last literal on the line (never the name of an
   * environment variable or property being read).
   */
  private static StringLiteralExpr secretLiteral(Edit edit) {
    int line = edit.finding.location().line();
    List<StringLiteralExpr> literals = edit.unit().covering(StringLiteralExpr.class, line)
        .stream().filter(l -> l.getBegin().get().line == line && !readsConfiguration(l))
        .sorted(java.util.Comparator.comparing(l -> l.getBegin().get())).toList();
    List<StringLiteralExpr> constants = edit.unit().covering(NameExpr.class, line).stream()
        .filter(n -> n.getBegin().get().line == line)
        .flatMap(n -> edit.unit().unit().findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(n.getNameAsString())
            && v.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.FieldDeclaration).stream())
        .flatMap(v -> v.getInitializer().filter(i -> i instanceof StringLiteralExpr).map(i -> (StringLiteralExpr) i).stream())
        .toList();
    java.util.regex.Matcher masked = java.util.regex.Pattern.compile("\"([^\"*]*)\\*{4}").matcher(edit.finding.excerpt());
    String prefix = masked.find() ? masked.group(1) : null;
    return java.util.stream.Stream.concat(literals.stream(), constants.stream())
        .filter(l -> prefix != null && l.getValue().startsWith(prefix) && l.getValue().length() > prefix.length())
        .findFirst().or(() -> constants.stream().findFirst()).or(() -> literals.stream().reduce((x, y) -> y))
        .orElseThrow(() -> new NoSafeFix("the secret is not a string literal at the finding's line (a char array "
            + "or built value), so there is no single literal to move; move it to configuration by hand, then rotate it"));
  }

  private static boolean readsConfiguration(StringLiteralExpr literal) {
    return literal.getParentNode().orElse(null) instanceof MethodCallExpr call
        && java.util.Set.of("getenv", "getProperty").contains(call.getNameAsString());
  }

  /**
   * Returns the environment variable for the secret: the variable it initialises ({@code apiKey}:
   * {@code API_KEY}), the setter it is passed to ({@code setPassword}: {@code PASSWORD}), the
   * property key it is put under, else the method it is used in with {@code _SECRET}.
   */
  private static String environmentName(Edit edit, StringLiteralExpr literal) {
    Optional<VariableDeclarator> variable = literal.findAncestor(VariableDeclarator.class);
    if (variable.isPresent()) {
      String name = variable.get().getNameAsString();
      boolean compileTimeUse = edit.unit().unit().findAll(NameExpr.class, n -> n.getNameAsString().equals(name)).stream()
          .anyMatch(n -> n.findAncestor(com.github.javaparser.ast.expr.AnnotationExpr.class).isPresent()
              || n.findAncestor(SwitchStmt.class).isPresent() || n.findAncestor(SwitchExpr.class).isPresent());
      if (compileTimeUse) {
        throw new NoSafeFix("the constant " + name + " is used where Java needs a compile-time constant (an "
            + "annotation or a switch), so it cannot be read at run time without restructuring that code");
      }
      return javaToEnvironment(name);
    }
    if (literal.getParentNode().orElse(null) instanceof MethodCallExpr call) {
      if (call.getNameAsString().startsWith("set") && call.getNameAsString().length() > 3) {
        return javaToEnvironment(call.getNameAsString().substring(3));
      }
      if (call.getNameAsString().equals("put") && call.getArguments().size() == 2
          && call.getArgument(0) instanceof StringLiteralExpr key) {
        return key.asString().replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(java.util.Locale.ROOT);
      }
    }
    String method = literal.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
        .map(c -> c.getNameAsString()).orElse("application");
    return javaToEnvironment(method) + "_SECRET";
  }

  /** Returns the environment variable for a Java name: {@code apiKey} and {@code API_KEY} give {@code API_KEY}. */
  static String javaToEnvironment(String javaName) {
    return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
