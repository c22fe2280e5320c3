package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds values of a predictable generator ({@code java.util.Random}, {@code Math.random},
 * {@code ThreadLocalRandom}, rule data {@code randomTypes} and {@code staticSources}, unless the
 * call is handed a SecureRandom to draw from) that become
 * a secret within one method: assigned to a variable or field, appended to a builder, or passed
 * to a method whose name says token, password, key, session, nonce... (data {@code sinkWords},
 * minus names ending in {@code excludeWords} such as keySize or holding {@code neutralWords} such
 * as statusCode or shardKey) and that stores it (its first word is one of {@code sinkVerbs}:
 * {@code setToken}, {@code saveResetCode}) or is a property of a builder chain
 * ({@code .clientSecret(...)}), stored under such a key ({@code keyedSinks}:
 * {@code setAttribute("csrfToken", ...)}), given as a cookie's value, or returned from a method
 * with such a name. Flow is in source order; a clean assignment kills, and a comparison
 * ({@code random.nextDouble() < rate}) is a decision, not a secret.
 * Methods of the file that return such a value, and variables holding a lambda that computes one
 * ({@code Supplier<String> codes = () -> ...}), count as generators for their callers; a list
 * shuffled with such a generator carries its taint, also into method references such as
 * {@code chars.forEach(password::append)}.
 */
final class PredictableRandomCheck implements CryptoCheck {
  private static final int HELPER_ROUNDS = 2;
  /** Marks a helper entry as a variable holding a generating lambda rather than a method. */
  private static final String LAMBDA = "::lambda";
  private static final Set<String> FUNCTIONAL_METHODS = Set.of("get", "getAsInt", "getAsLong",
      "getAsDouble", "apply", "applyAsInt", "applyAsLong", "call");
  private static final Set<BinaryExpr.Operator> COMPARISONS = Set.of(BinaryExpr.Operator.LESS,
      BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS,
      BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS);

  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Vocabulary vocabulary = new Vocabulary(rule);
    List<Node> bodies = file.unit().findAll(Node.class,
        n -> n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration);
    Set<String> helpers = new HashSet<>();
    for (VariableDeclarator variable : file.all(VariableDeclarator.class)) {
      MethodFlow flow = new MethodFlow(vocabulary, helpers, variable, new ArrayList<>());
      boolean generator = variable.getInitializer().filter(init -> init instanceof LambdaExpr lambda
          && lambda.findAll(MethodCallExpr.class).stream().anyMatch(flow::randomSource)).isPresent();
      if (generator) helpers.add(variable.getNameAsString() + LAMBDA);
    }
    for (int round = 0; round < HELPER_ROUNDS; round++) {
      for (Node body : bodies) {
        if (body instanceof MethodDeclaration method
            && new MethodFlow(vocabulary, helpers, body, new ArrayList<>()).run()) {
          helpers.add(method.getNameAsString());
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (Node body : bodies) {
      new MethodFlow(vocabulary, helpers, body, hits).run();
    }
    for (FieldDeclaration field : file.all(FieldDeclaration.class)) {
      for (VariableDeclarator variable : field.getVariables()) {
        MethodFlow flow = new MethodFlow(vocabulary, helpers, field, hits);
        variable.getInitializer().filter(flow::tainted)
            .filter(init -> vocabulary.secretName(variable.getNameAsString()))
            .ifPresent(init -> flow.report(variable, variable.getNameAsString()));
      }
    }
    return hits;
  }

  /** The rule's lists, read once per file. */
  private record Vocabulary(Set<String> randomTypes, Set<String> randomMethods,
      List<CallSite> staticSources, Set<String> sinkWords, Set<String> excludeWords,
      Set<String> neutralWords, Set<String> keyedSinks, Set<String> mutators,
      Set<String> cookieTypes, Set<String> sinkVerbs) {
    Vocabulary(CryptoRule rule) {
      this(Set.copyOf(rule.list("randomTypes")), Set.copyOf(rule.list("randomMethods")),
          CallSite.parseAll(rule.list("staticSources")), rule.lowerSet("sinkWords"),
          rule.lowerSet("excludeWords"), rule.lowerSet("neutralWords"),
          Set.copyOf(rule.list("keyedSinks")), Set.copyOf(rule.list("mutators")),
          Set.copyOf(rule.list("cookieTypes")), rule.lowerSet("sinkVerbs"));
    }

    boolean secretName(String identifier) {
      return Identifiers.mentions(identifier, sinkWords)
          && !excludeWords.contains(Identifiers.lastWord(identifier))
          && !Identifiers.mentions(identifier, neutralWords);
    }
  }

  /** The flow through one method body, in source order. */
  private static final class MethodFlow {
    private final Vocabulary vocabulary;
    private final Set<String> helpers;
    private final Node body;
    private final List<Hit> hits;
    private final Set<String> tainted = new HashSet<>();
    private final Set<Integer> reportedLines = new HashSet<>();
    private final Set<String> reportedNames = new HashSet<>();

    MethodFlow(Vocabulary vocabulary, Set<String> helpers, Node body, List<Hit> hits) {
      this.vocabulary = vocabulary;
      this.helpers = helpers;
      this.body = body;
      this.hits = hits;
    }

    /** Walks the body, reporting hits; returns true if it returns a predictable value. */
    boolean run() {
      boolean returnsRandom = false;
      String methodName = body instanceof CallableDeclaration<?> callable ? callable.getNameAsString() : "";
      for (Node node : body.findAll(Node.class)) {
        if (node != body && (node instanceof CallableDeclaration<?>)) continue;
        if (node instanceof VariableDeclarator variable && variable.getInitializer().isPresent()) {
          flowInto(variable, variable.getNameAsString(), variable.getInitializer().get());
        } else if (node instanceof AssignExpr assign) {
          Scopes.variableName(assign.getTarget())
              .ifPresent(name -> flowInto(assign, name, assign.getValue()));
        } else if (node instanceof MethodCallExpr call) {
          call(call);
        } else if (node instanceof ObjectCreationExpr creation
            && vocabulary.cookieTypes().contains(creation.getType().getNameAsString())
            && creation.getArguments().size() >= 2 && tainted(creation.getArgument(1))) {
          report(creation, "a cookie value");
        } else if (node instanceof ReturnStmt ret && ret.getExpression().filter(this::tainted).isPresent()) {
          returnsRandom = true;
          boolean alreadyReported = ret.getExpression().flatMap(Scopes::variableName)
              .filter(reportedNames::contains).isPresent();
          if (vocabulary.secretName(methodName) && !alreadyReported) {
            report(ret, "the result of " + methodName);
          }
        }
      }
      return returnsRandom;
    }

    private void flowInto(Node at, String name, Expression value) {
      if (!tainted(value)) {
        tainted.remove(name);
        return;
      }
      tainted.add(name);
      if (vocabulary.secretName(name)) {
        reportedNames.add(name);
        report(at, name);
      }
    }

    private void call(MethodCallExpr call) {
      boolean taintedArgument = call.getArguments().stream().anyMatch(this::tainted);
      Optional<String> scopeName = call.getScope().flatMap(Scopes::variableName);
      if (Scopes.isStaticCall(call, "shuffle", "Collections") && call.getArguments().size() == 2
          && weakGenerator(call.getArgument(1), call)) {
        Scopes.variableName(call.getArgument(0)).ifPresent(list -> taint(call, list));
        return;
      }
      if (scopeName.filter(tainted::contains).isPresent()) {
        for (Expression argument : call.getArguments()) {
          if (argument instanceof MethodReferenceExpr reference
              && vocabulary.mutators().contains(reference.getIdentifier())) {
            referencedVariable(reference, call).ifPresent(target -> taint(call, target));
          }
        }
      }
      if (call.getNameAsString().equals("nextBytes") && weakGenerator(call)
          && call.getArguments().size() == 1) {
        Scopes.variableName(call.getArgument(0)).ifPresent(array -> taint(call, array));
        return;
      }
      if (!taintedArgument) return;
      if (vocabulary.keyedSinks().contains(call.getNameAsString()) && call.getArguments().size() == 2
          && tainted(call.getArgument(1))) {
        Optional<String> key = Constants.single(call.getArgument(0)).map(Constants.Value::text)
            .filter(vocabulary::secretName);
        if (key.isPresent()) {
          report(call, "\"" + key.get() + "\"");
          return;
        }
      }
      if (scopeName.isPresent() && vocabulary.mutators().contains(call.getNameAsString())) {
        tainted.add(scopeName.get());
        if (vocabulary.secretName(scopeName.get())) report(call, scopeName.get());
        return;
      }
      String method = call.getNameAsString();
      List<String> words = Identifiers.words(method);
      boolean storing = !words.isEmpty() && vocabulary.sinkVerbs().contains(words.get(0));
      boolean builderProperty = call.getScope().filter(s -> s instanceof MethodCallExpr).isPresent()
          && call.getArguments().size() == 1;
      if ((storing || builderProperty) && vocabulary.secretName(method)) {
        report(call, method + "(...)");
      }
    }

    /** Returns the variable a method reference is bound to ({@code password::append}), if any. */
    private static Optional<String> referencedVariable(MethodReferenceExpr reference, Node at) {
      Expression scope = reference.getScope();
      Optional<String> name = scope instanceof TypeExpr type
          ? Optional.of(type.getType().asString()) : Scopes.variableName(scope);
      return name.filter(n -> Scopes.declaration(at, n).isPresent());
    }

    private void taint(Node at, String name) {
      tainted.add(name);
      if (vocabulary.secretName(name)) report(at, name);
    }

    /** Returns true if {@code e} computes with a predictable generator or a value derived from one. */
    boolean tainted(Expression e) {
      if (e instanceof BinaryExpr comparison && COMPARISONS.contains(comparison.getOperator())) return false;
      if (e instanceof MethodCallExpr call && randomSource(call)) return true;
      if (Scopes.variableName(e).filter(tainted::contains).isPresent()) return true;
      for (Node child : e.getChildNodes()) {
        if (child instanceof Expression expression && tainted(expression)) return true;
      }
      return false;
    }

    private boolean randomSource(MethodCallExpr call) {
      if (vocabulary.staticSources().stream().anyMatch(site -> site.matches(call))) {
        return call.getArguments().stream().noneMatch(this::secureGenerator);
      }
      if (FUNCTIONAL_METHODS.contains(call.getNameAsString()) && call.getScope()
          .flatMap(Scopes::variableName).filter(name -> helpers.contains(name + LAMBDA)).isPresent()) {
        return true;
      }
      if (helpers.contains(call.getNameAsString())
          && call.getScope().map(s -> s instanceof ThisExpr).orElse(true)) {
        return true;
      }
      return vocabulary.randomMethods().contains(call.getNameAsString()) && weakGenerator(call);
    }

    private boolean weakGenerator(MethodCallExpr call) {
      return call.getScope().filter(receiver -> weakGenerator(receiver, call)).isPresent();
    }

    /** Returns true if {@code receiver}, used at {@code call}, is a predictable generator. */
    private boolean weakGenerator(Expression receiver, Node call) {
      if (receiver instanceof MethodCallExpr factory && factory.getNameAsString().equals("current")) {
        return factory.getScope().filter(s -> vocabulary.randomTypes().contains(s.toString())).isPresent();
      }
      if (receiver instanceof ObjectCreationExpr creation) {
        return vocabulary.randomTypes().contains(creation.getType().getNameAsString());
      }
      Optional<Scopes.Declaration> declaration = Scopes.variableName(receiver)
          .flatMap(name -> Scopes.declaration(call, name));
      if (declaration.isEmpty()) return false;
      String type = Scopes.simpleName(declaration.get().type());
      List<Expression> values = Scopes.assignedValues(declaration.get());
      if (type.equals("var")) {
        return !values.isEmpty() && values.stream().allMatch(v -> v instanceof ObjectCreationExpr c
            && vocabulary.randomTypes().contains(c.getType().getNameAsString()));
      }
      return vocabulary.randomTypes().contains(type) && values.stream().noneMatch(this::secureInstance);
    }

    /**
     * Returns true if an argument is a SecureRandom that the call draws from
     * ({@code RandomStringUtils.random(32, 0, 0, true, true, null, secureRandom)}).
     */
    private boolean secureGenerator(Expression argument) {
      if (argument instanceof ObjectCreationExpr creation) {
        return creation.getType().getNameAsString().endsWith("SecureRandom");
      }
      if (argument instanceof MethodCallExpr factory) {
        return factory.getScope().filter(scope -> scope.toString().endsWith("SecureRandom")).isPresent();
      }
      return Scopes.variableName(argument).flatMap(name -> Scopes.declaration(argument, name))
          .filter(d -> Scopes.simpleName(d.type()).endsWith("SecureRandom")).isPresent();
    }

    /** Returns true if a value is a secure generator held in a variable of a weak type. */
    private boolean secureInstance(Expression value) {
      if (value instanceof ObjectCreationExpr creation) {
        return !vocabulary.randomTypes().contains(creation.getType().getNameAsString());
      }
      return value instanceof MethodCallExpr factory && factory.getScope()
          .filter(scope -> scope.toString().endsWith("SecureRandom")).isPresent();
    }

    void report(Node at, String what) {
      int line = at.getBegin().map(p -> p.line).orElse(0);
      if (!reportedLines.add(line)) return;
      hits.add(Hit.at(at, "A predictable random value becomes " + what + "."));
    }
  }
}
