package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds cookies sent without one flag (Secure or HttpOnly, by rule data): a servlet cookie created
 * in the method, or by a helper method of this file that returns it without the flag, and added to
 * the response ({@code addMethods}) without its setter ({@code setters}) called with anything but
 * {@code false}; a builder chain ({@code builderFactories}, e.g. {@code ResponseCookie.from})
 * built without the flag method ({@code builderMethods}), also when the builder is kept in a
 * variable and given the flag by a later statement; and a Set-Cookie header written by hand
 * ({@code headerMethods}) without the attribute ({@code headerAttribute}). Cookies that come from
 * elsewhere, or are handed to another method that may set the flag, are not judged; a cookie
 * being expired ({@code setMaxAge(0)}) carries no value and is skipped.
 */
final class CookieFlagCheck implements CryptoCheck {
  private final String flag;

  CookieFlagCheck(String flag) {
    this.flag = flag;
  }

  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> setters = Set.copyOf(rule.list("setters"));
    Set<String> addMethods = Set.copyOf(rule.list("addMethods"));
    Set<String> cookieTypes = Set.copyOf(rule.list("cookieTypes"));
    List<CallSite> factories = CallSite.parseAll(rule.list("builderFactories"));
    Set<String> builderMethods = Set.copyOf(rule.list("builderMethods"));
    Set<String> headerMethods = Set.copyOf(rule.list("headerMethods"));
    String attribute = rule.list("headerAttribute").get(0).toLowerCase(Locale.ROOT);
    List<Hit> hits = new ArrayList<>();
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (headerMethods.contains(call.getNameAsString()) && call.getArguments().size() == 2) {
        handWrittenHeader(call, attribute).ifPresent(hits::add);
      }
      if (addMethods.contains(call.getNameAsString()) && call.getArguments().size() == 1) {
        servletCookie(call, call.getArgument(0), cookieTypes, setters).ifPresent(hits::add);
      }
      if (factories.stream().anyMatch(site -> site.matches(call))) {
        builtCookie(call, builderMethods).ifPresent(hits::add);
      }
    }
    return hits;
  }

  private Optional<Hit> servletCookie(MethodCallExpr add, Expression cookie, Set<String> types,
      Set<String> setters) {
    if (cookie instanceof ObjectCreationExpr creation
        && types.contains(creation.getType().getNameAsString())) {
      return Optional.of(Hit.at(add, "The cookie is added without " + flag + "."));
    }
    if (cookie instanceof MethodCallExpr call && madeWithoutFlag(call, types, setters)) {
      return Optional.of(Hit.at(add, "The cookie made by " + call.getNameAsString()
          + " is added without " + flag + "."));
    }
    if (!(cookie instanceof NameExpr name)) return Optional.empty();
    Optional<Scopes.Declaration> declaration = Scopes.declaration(add, name.getNameAsString());
    if (declaration.isEmpty() || declaration.get().field() || declaration.get().variable() == null) {
      return Optional.empty();
    }
    boolean created = declaration.get().variable().getInitializer()
        .filter(init -> init instanceof ObjectCreationExpr c && types.contains(c.getType().getNameAsString())
            || init instanceof MethodCallExpr call && madeWithoutFlag(call, types, setters))
        .isPresent();
    if (!created || !lacksFlag(declaration.get().scope(), name.getNameAsString(), add, setters)) {
      return Optional.empty();
    }
    return Optional.of(Hit.at(add, "Cookie " + name + " is added without " + flag + ".",
        List.of(new Hit.Clue(declaration.get().variable().getBegin().get().line,
            "the cookie is created here"))));
  }

  /**
   * Returns true if the cookie called {@code name} in {@code body} never gets the flag there: no
   * setter call with anything but {@code false}, not expired, and not handed to another method
   * than {@code use} (which may set the flag).
   */
  private static boolean lacksFlag(Node body, String name, Node use, Set<String> setters) {
    for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
      boolean handedOver = call != use && call.getArguments().stream()
          .anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(name));
      if (handedOver) return false;
      boolean onCookie = call.getScope().filter(s -> s instanceof NameExpr n
          && n.getNameAsString().equals(name)).isPresent();
      if (!onCookie || call.getArguments().size() != 1) continue;
      if (setters.contains(call.getNameAsString()) && !isFalse(call.getArgument(0))) return false;
      if (call.getNameAsString().equals("setMaxAge") && call.getArgument(0) instanceof IntegerLiteralExpr age
          && age.asNumber().intValue() == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true if {@code call} invokes a method of this file (every one of that name and arity)
   * whose every return is a cookie it creates and leaves without the flag.
   */
  private static boolean madeWithoutFlag(MethodCallExpr call, Set<String> types, Set<String> setters) {
    if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) return false;
    List<MethodDeclaration> helpers = call.findRootNode().findAll(MethodDeclaration.class,
        m -> m.getNameAsString().equals(call.getNameAsString())
            && m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent());
    if (helpers.isEmpty()) return false;
    for (MethodDeclaration helper : helpers) {
      List<ReturnStmt> returns = helper.findAll(ReturnStmt.class);
      if (returns.isEmpty()) return false;
      for (ReturnStmt ret : returns) {
        Expression value = ret.getExpression().orElse(null);
        if (value instanceof ObjectCreationExpr c && types.contains(c.getType().getNameAsString())) continue;
        if (!(value instanceof NameExpr name)) return false;
        Optional<Scopes.Declaration> local = Scopes.declaration(ret, name.getNameAsString())
            .filter(d -> d.variable() != null && !d.field());
        boolean created = local.flatMap(d -> d.variable().getInitializer())
            .filter(init -> init instanceof ObjectCreationExpr c && types.contains(c.getType().getNameAsString()))
            .isPresent();
        if (!created || !lacksFlag(helper, name.getNameAsString(), ret, setters)) return false;
      }
    }
    return true;
  }

  private Optional<Hit> builtCookie(MethodCallExpr factory, Set<String> builderMethods) {
    Node current = factory;
    boolean flagged = false;
    boolean expired = false;
    while (current.getParentNode().orElse(null) instanceof MethodCallExpr outer
        && outer.getScope().orElse(null) == current) {
      if (builderMethods.contains(outer.getNameAsString()) && outer.getArguments().size() == 1
          && !isFalse(outer.getArgument(0))) {
        flagged = true;
      }
      if (outer.getNameAsString().equals("maxAge") && outer.getArguments().size() == 1
          && outer.getArgument(0) instanceof IntegerLiteralExpr age && age.asNumber().intValue() == 0) {
        expired = true;
      }
      current = outer;
    }
    if (flagged || expired) return Optional.empty();
    Optional<String> builder = builderVariable(current);
    if (builder.isPresent() && !builderLacksFlag(current, builder.get(), builderMethods)) {
      return Optional.empty();
    }
    return Optional.of(Hit.at(factory, "The cookie is built without " + flag + "."));
  }

  /** Returns the local variable a builder chain is stored in, if it is. */
  private static Optional<String> builderVariable(Node chain) {
    Node parent = chain.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator variable) return Optional.of(variable.getNameAsString());
    if (parent instanceof AssignExpr assign && assign.getValue() == chain) {
      return Scopes.variableName(assign.getTarget());
    }
    return Optional.empty();
  }

  /**
   * Returns true if the builder stored in {@code name} is not given the flag by a later call on
   * it in the same method, nor handed to another method that may give it.
   */
  private static boolean builderLacksFlag(Node chain, String name, Set<String> builderMethods) {
    for (MethodCallExpr call : Scopes.body(chain).findAll(MethodCallExpr.class)) {
      if (call.getArguments().stream().anyMatch(a -> a instanceof NameExpr n && n.getNameAsString().equals(name))) {
        return false;
      }
      boolean onBuilder = call.getScope().filter(s -> s instanceof NameExpr n
          && n.getNameAsString().equals(name)).isPresent();
      if (onBuilder && builderMethods.contains(call.getNameAsString()) && call.getArguments().size() == 1
          && !isFalse(call.getArgument(0))) {
        return false;
      }
    }
    return true;
  }

  private Optional<Hit> handWrittenHeader(MethodCallExpr call, String attribute) {
    boolean setCookie = Constants.single(call.getArgument(0))
        .filter(v -> v.text().equalsIgnoreCase("Set-Cookie")).isPresent()
        || call.getArgument(0).toString().endsWith("SET_COOKIE");
    if (!setCookie) return Optional.empty();
    List<String> literals = call.getArgument(1).findAll(StringLiteralExpr.class).stream()
        .map(l -> l.asString().toLowerCase(Locale.ROOT)).toList();
    boolean handWritten = literals.stream().anyMatch(l -> l.contains("="));
    if (!handWritten || literals.stream().anyMatch(l -> l.contains(attribute))) return Optional.empty();
    return Optional.of(Hit.at(call, "The Set-Cookie header is written without " + flag + "."));
  }

  /** Returns true if {@code e} is {@code false}, directly or through a variable only ever set to it. */
  private static boolean isFalse(Expression e) {
    if (e instanceof BooleanLiteralExpr b) return !b.getValue();
    Optional<Scopes.Declaration> declaration = Scopes.variableName(e)
        .flatMap(name -> Scopes.declaration(e, name)).filter(d -> d.variable() != null);
    if (declaration.isEmpty()) return false;
    List<Expression> values = Scopes.assignedValues(declaration.get());
    return !values.isEmpty()
        && values.stream().allMatch(v -> v instanceof BooleanLiteralExpr b && !b.getValue());
  }
}
