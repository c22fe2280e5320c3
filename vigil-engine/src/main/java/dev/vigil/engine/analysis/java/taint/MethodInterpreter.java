package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.taint.MethodSummary.SinkFlow;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sanitizer;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sink;
import dev.vigil.engine.analysis.java.taint.ModelRows.Source;
import dev.vigil.engine.analysis.java.taint.ModelRows.Summary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flow-sensitive abstract interpretation of one method body over {@link State}s: assignments kill
 * taint, constant conditions prune dead branches, loops run until their state settles (twice),
 * lambdas and anonymous classes are interpreted where they are created, with the variables they
 * capture (the taint a lambda leaves on a captured builder or collection flows back out). Calls
 * to the project's own methods apply their summaries; other calls follow the models and, where no
 * row matches, a default: the result carries the taint of the receiver and the
 * arguments unless the method's name says it returns no text ({@code isX}, {@code size}...).
 *
 * <p>Parameters are symbolic taints, except those a model marks as untrusted; what reaches a sink
 * from a real source is reported, what reaches it from a parameter goes into the summary.
 */
final class MethodInterpreter {
  static final int RECEIVER = 10_000;
  private static final Pattern NO_TEXT = Pattern.compile(
      "(is|has|can|should|equals|contains|matches|startsWith|endsWith|compare|length|size|count"
          + "|indexOf|lastIndexOf|hashCode|exists|before|after|getLength|getSize|getInt|getLong"
          + "|getBoolean|next(Int|Long|Boolean)|executeUpdate|delete|mkdirs?|createNewFile|close"
          + "|flush|available).*|read|getClass|get(Id|Count|Status)");
  private static final Pattern ESCAPER = Pattern.compile("(?i)(?!.*unescape).*(escape|saniti[sz]e|encodeFor|htmlEncode).*");
  private static final Set<String> ESCAPED_KINDS = Set.of("xss", "header-injection", "log-injection");
  private static final Set<String> MUTATORS = Set.of("add", "addAll", "put", "putAll", "append",
      "insert", "push", "offer", "addElement", "setProperty", "addFirst", "addLast");
  private static final Set<String> KEYED_MUTATORS = Set.of("put", "putIfAbsent", "setProperty");
  /** Calls that look a stored value up by their arguments: caches, maps, repositories, DAOs. */
  private static final Pattern LOOKUPS = Pattern.compile(
      "get|getIfPresent|getAll|find|find[A-Z].*|load[A-Z].*|fetch[A-Z]?.*|lookup[A-Z]?.*"
          + "|select[A-Z].*|query|queryFor[A-Z].*|read(One|All|By[A-Z].*)");
  private static final Set<String> HOST_KINDS = Set.of("ssrf", "open-redirect");
  private static final Set<String> JAX_RS_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH",
      "javax.ws.rs.POST", "javax.ws.rs.PUT", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT");
  private static final int NOT_CONSTANT = -2;
  private static final Pattern NOT_HTML = Pattern.compile(
      "(?i)^\\s*(application/(json|octet-stream|pdf|zip|x-ndjson)|text/(plain|csv)|image/)");
  /** Spring media type constants browsers do not render as HTML. */
  private static final Pattern NOT_HTML_MEDIA = Pattern.compile(
      "MediaType\\.(APPLICATION_(JSON|OCTET_STREAM|PDF|NDJSON)|TEXT_PLAIN|IMAGE_)");
  private static final Set<String> MAPPERS = Set.of("map", "flatMap", "mapToObj", "thenApply",
      "thenCompose", "transform");
  private static final Set<String> CANONICALISERS = Set.of("getCanonicalPath", "getCanonicalFile",
      "toRealPath", "normalize");
  private static final Set<String> CATCH_ALL = Set.of("Exception", "Throwable", "java.lang.Exception",
      "java.lang.Throwable");
  private static final Set<String> TEXT_TYPES = Set.of("String", "java.lang.String", "Object",
      "java.lang.Object", "CharSequence", "StringBuilder", "StringBuffer");

  private final AnalysisRun run;
  private final ClassInfo owner;
  private final CallableDeclaration<?> method;
  private final JavaSource source;
  private final String path;
  private final String label;
  private final Map<Integer, String> parameterTypes;
  private final Map<String, String> localTypes = new HashMap<>();
  private final TypeInference types;
  private final Deque<Jump> jumps = new ArrayDeque<>();
  private final Map<String, SinkFlow> sinkFlows = new LinkedHashMap<>();
  private final Map<String, Value> fieldWrites = new HashMap<>();
  private final Set<Integer> symbolicParameters = new HashSet<>();
  private final List<State> returnStates = new ArrayList<>();
  private final BooleanReturns booleanReturns = new BooleanReturns();
  private final Map<MethodCallExpr, MethodSummary> calledSummaries = new IdentityHashMap<>();
  private Value returned;
  /** What the messages of the exceptions thrown so far, and not caught, carry. */
  private Value thrown = Value.CLEAN;
  /** Whether only administrators can run this method (computed when a source is first met). */
  private Boolean adminOnly;
  private String pendingLabel;
  private List<Value> yields;
  private Boolean plainResponse;

  MethodInterpreter(AnalysisRun run, ClassInfo owner, CallableDeclaration<?> method,
      Map<Integer, String> parameterTypes) {
    this.run = run;
    this.parameterTypes = parameterTypes;
    this.owner = owner;
    this.method = method;
    this.source = owner.source();
    this.path = source.path();
    this.label = label(owner, method);
    this.types = new TypeInference(run, owner, localTypes);
  }

  /** A break or continue target: a loop, a switch or a labelled block. */
  private static final class Jump {
    final String label;
    final boolean loop;
    final List<State> breaks = new ArrayList<>();
    final List<State> continues = new ArrayList<>();

    Jump(String label, boolean loop) {
      this.label = label;
      this.loop = loop;
    }
  }

  /** Returns the label of a method as used in evidence: {@code Owner.name(ParamType, ...)}. */
  static String label(ClassInfo owner, CallableDeclaration<?> m) {
    List<String> types = new ArrayList<>();
    for (Parameter p : m.getParameters()) types.add(p.getTypeAsString() + (p.isVarArgs() ? "..." : ""));
    return owner.simpleName() + "." + m.getNameAsString() + "(" + String.join(", ", types) + ")";
  }

  /** Interprets the method and returns its summary; findings from real sources are reported. */
  MethodSummary summarise() {
    State s = new State();
    NodeList<Parameter> params = method.getParameters();
    for (int i = 0; i < params.size(); i++) {
      Parameter p = params.get(i);
      String type = parameterTypes.containsKey(i) ? parameterTypes.get(i)
          : types.resolve(p.getTypeAsString() + (p.isVarArgs() ? "[]" : ""));
      localTypes.put(p.getNameAsString(), type);
      s.set(p.getNameAsString(), parameterValue(i, p, type));
    }
    BlockStmt body = method instanceof MethodDeclaration md ? md.getBody().orElse(null)
        : ((ConstructorDeclaration) method).getBody();
    State end = body == null ? null : exec(body, s);
    State exit = end;
    for (State r : returnStates) exit = State.join(exit, r);
    Map<Integer, Value> parameterWrites = new HashMap<>();
    if (exit != null) {
      for (int i = 0; i < params.size(); i++) {
        String name = params.get(i).getNameAsString();
        if (TypeNames.isScalar(localTypes.get(name))) continue;
        // what a call added to a parameter object (a builder's add/append) is seen by the caller
        Value contents = exit.tracksElements(name) ? exit.allElements(name) : mutatedObject(name, exit);
        if (contents == null) continue;
        int self = i;
        Value written = contents.mapTaints(t -> t.symbolic() && t.parameter() == self ? null : t);
        if (written.tainted()) parameterWrites.put(i, written);
      }
    }
    if (exit != null) {
      // what this method's store entries hold when it returns is what later requests read
      for (String key : exit.variables()) if (AttributeStores.isEntry(key)) storeShared(key, exit.get(key));
    }
    Map<Integer, Set<String>> parameterChecks = exit == null ? Map.of() : checks(exit, params);
    State ifTrue = booleanReturns.exit(true);
    State ifFalse = booleanReturns.exit(false);
    Value result = returned == null ? Value.CLEAN : returned;
    if (method instanceof MethodDeclaration md && TypeNames.isScalar(md.getTypeAsString())) {
      result = result.constant() == null ? Value.CLEAN : Value.constant(result.constant());
    }
    return new MethodSummary(result, new ArrayList<>(sinkFlows.values()), fieldWrites,
        parameterWrites, parameterChecks, ifTrue == null ? Map.of() : checks(ifTrue, params),
        ifFalse == null ? Map.of() : checks(ifFalse, params), thrown.taintOnly());
  }

  /**
   * Returns the parameters that every normal exit has sanitized: their symbolic taint is gone (a
   * check for every kind) or sanitized for some kinds. Parameters the method assigns are left out,
   * since there the taint is gone because the value was replaced, not checked.
   */
  private Map<Integer, Set<String>> checks(State exit, NodeList<Parameter> params) {
    Set<String> assigned = run.assignedNames(method);
    Map<Integer, Set<String>> checks = new HashMap<>();
    for (int i = 0; i < params.size(); i++) {
      String name = params.get(i).getNameAsString();
      if (!symbolicParameters.contains(i) || assigned.contains(name)) continue;
      Value v = exit.get(name);
      if (v == null) continue;
      int self = i;
      List<Taint> own = v.taints().stream().filter(t -> t.symbolic() && t.parameter() == self).toList();
      if (own.isEmpty()) {
        checks.put(i, Set.of("all"));
        continue;
      }
      Set<String> common = new HashSet<>(own.get(0).sanitized());
      own.forEach(t -> common.retainAll(t.sanitized()));
      if (!common.isEmpty()) checks.put(i, common);
    }
    return checks;
  }

  private Value parameterValue(int index, Parameter p, String type) {
    if (TypeNames.isScalar(type)) return Value.CLEAN;
    for (AnnotationExpr a : p.getAnnotations()) {
      String name = a.getNameAsString();
      var row = run.models.parameterSource(types.resolve(name));
      if (row == null) row = run.models.parameterSource(name);
      if (row != null) {
        Set<String> neutral = run.models.neutralFor(types.resolve(name));
        if (neutral.isEmpty()) neutral = run.models.neutralFor(name);
        return sourceValue(row.threat(), p, "parameter " + p.getNameAsString() + " bound from @" + name,
            neutral);
      }
    }
    if (p.getAnnotations().isEmpty() && isRequestMapping() && isBindable(type)) {
      return sourceValue("remote", p, "parameter " + p.getNameAsString() + " bound from the request",
          Set.of());
    }
    for (Source row : run.models.parameterEntries()) {
      CallPattern c = row.call();
      // a main() of a build helper, or of an operator's tool beside a web application, reads no attacker input
      if (row.threat().equals("commandargs") && (HelperPrograms.isHelper(source) || run.project.servesHttp())) continue;
      if (declares(c) && index >= row.output().from() && index <= row.output().to()) {
        return sourceValue(row.threat(), p, "parameter " + p.getNameAsString() + " of "
            + method.getNameAsString(), Set.of());
      }
    }
    symbolicParameters.add(index);
    Value parameter = Value.of(List.of(Taint.parameter(index)));
    if (run.threats.contains(LibraryApi.THREAT) && LibraryApi.carriesContent(type) && LibraryApi.isPublic(method)) {
      // still a parameter too: what the library's own callers pass keeps its flow through it
      return parameter.join(sourceValue(LibraryApi.THREAT, p, "parameter " + p.getNameAsString()
          + " of the public " + method.getNameAsString(), Set.of()));
    }
    return parameter;
  }

  /**
   * Returns what the method added to the object parameter {@code name} refers to (a builder's
   * {@code add(x)}), or null: nothing when the parameter is a String or is assigned another object.
   */
  private Value mutatedObject(String name, State exit) {
    String type = localTypes.get(name);
    if (type == null || type.endsWith("String") || run.assignedNames(method).contains(name) || !exit.has(name)) {
      return null;
    }
    return exit.get(name).taintOnly();
  }

  /** Checks a returned value against the rows that make what implementations of a method return a sink. */
  private void returnSink(Expression returned, Value v) {
    for (Sink row : run.models.returnSinks()) {
      if (declares(row.call())) checkSink(row, returned, "return of " + method.getNameAsString(), v);
    }
  }

  /** Returns true if this method implements the method a model row names (its name, arity and, if given, type). */
  private boolean declares(CallPattern c) {
    if (!c.method().equals(method.getNameAsString())) return false;
    if (c.arity() >= 0 && c.arity() != method.getParameters().size()) return false;
    return c.type().isEmpty()
        || run.project.hierarchy().isSubtype(owner.qualifiedName(), c.qualifiedType(), c.subtypes());
  }

  /** Treats a returned view name {@code "redirect:" + value} of a request mapping as a redirect sink. */
  private void redirectView(Expression returned, Value v) {
    String prefix = literalPrefix(returned);
    if (prefix == null || !prefix.startsWith("redirect:")) return;
    TaintRule rule = run.rule("open-redirect");
    if (rule == null) return;
    checkSink(new Sink(CallPattern.of("", "", false, "return", ""), AccessPath.parse("ReturnValue"),
        "open-redirect", "vigil"), returned, "redirect view", v);
  }

  /**
   * Returns the literal a concatenation starts with, also where a local variable assigned once
   * holds it ({@code String view = "redirect:" + next; return view;}); null for anything else.
   */
  private String literalPrefix(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof NameExpr n && !run.assignedNames(method).contains(n.getNameAsString())) {
      List<VariableDeclarator> declared = method.findAll(VariableDeclarator.class,
          d -> d.getNameAsString().equals(n.getNameAsString()) && d.getInitializer().isPresent());
      if (declared.size() == 1) x = unwrap(declared.get(0).getInitializer().get());
    }
    if (!(x instanceof BinaryExpr)) return null;
    while (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) x = unwrap(b.getLeft());
    return Constants.literal(x) instanceof String prefix ? prefix : null;
  }

  /**
   * Returns true if the method's returned String is the response body and may be rendered as
   * HTML: a Spring handler ({@code @ResponseBody} or a {@code @RestController}) whose mapping does
   * not declare a non-HTML {@code produces} (browsers render such a body as HTML when they asked
   * for it), or a JAX-RS resource method whose {@code @Produces} (its own or its class's) names
   * HTML.
   */
  private boolean returnsResponseBody() {
    if (!(method instanceof MethodDeclaration md) || !TEXT_TYPES.contains(md.getTypeAsString())
        || md.getTypeAsString().equals("Object")) {
      return false;
    }
    boolean jaxRs = md.getAnnotations().stream().anyMatch(a -> JAX_RS_METHODS.contains(a.getNameAsString()));
    if (jaxRs) {
      var produces = md.getAnnotationByName("Produces").or(() -> owner.declaration().getAnnotationByName("Produces"));
      return produces.filter(a -> a.toString().matches("(?is).*(TEXT_HTML|text/html|xhtml).*")).isPresent();
    }
    boolean body = md.getAnnotationByName("ResponseBody").isPresent()
        || owner.declaration().getAnnotationByName("RestController").isPresent();
    return body && !producesNoHtml();
  }

  /** Returns true if the method's Spring mapping declares that it produces no HTML. */
  private boolean producesNoHtml() {
    return method.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("Mapping")
        && a.toString().matches("(?s).*produces.*(json|plain|xml|csv|octet).*"));
  }

  /**
   * Returns true if the method handles web requests: a Spring {@code @...Mapping} or a JAX-RS
   * resource method; their parameters without annotations are bound from the request (Spring) or
   * are the request entity (JAX-RS).
   */
  private boolean isRequestMapping() {
    for (AnnotationExpr a : method.getAnnotations()) {
      String name = a.getNameAsString();
      if (name.endsWith("Mapping") || JAX_RS_METHODS.contains(name)) return true;
    }
    return false;
  }

  private boolean isBindable(String type) {
    String t = TypeNames.erase(type);
    return TEXT_TYPES.contains(t) && !t.endsWith("Object")
        || (run.project.classOf(type) != null && !run.project.classOf(type).isInterface());
  }

  private Value sourceValue(String threat, Node at, String what, Set<String> neutral) {
    if (threat.equals("remote") && adminOnly()) threat = "admin";
    if (!run.threats.contains(threat)) return Value.CLEAN;
    return Value.of(List.of(Taint.source(threat,
        FlowStep.at(FlowStep.Kind.SOURCE, path, at, what + " (" + threat + ") in " + label), neutral)));
  }

  private boolean adminOnly() {
    if (adminOnly == null) adminOnly = AdminOnly.of(method, owner.declaration());
    return adminOnly;
  }

  // ---------------------------------------------------------------- statements

  private State exec(Statement st, State s) {
    if (s == null) return null;
    run.deadline.check();
    if (st instanceof BlockStmt b) {
      State cur = s;
      for (Statement inner : b.getStatements()) {
        cur = exec(inner, cur);
        if (cur == null) return null;
      }
      return cur;
    }
    if (st instanceof ExpressionStmt e) {
      eval(e.getExpression(), s);
      return s;
    }
    if (st instanceof IfStmt i) return ifStmt(i, s);
    if (st instanceof WhileStmt w) return loop(w.getCondition(), w.getBody(), s, null, List.of(), takeLabel());
    if (st instanceof DoStmt d) {
      String lbl = takeLabel();
      Jump j = new Jump(lbl, true);
      jumps.push(j);
      State first = exec(d.getBody(), s.copy());
      jumps.pop();
      for (State c : j.continues) first = State.join(first, c);
      State after = first == null ? null : loop(d.getCondition(), d.getBody(), first, null, List.of(), lbl);
      for (State b : j.breaks) after = State.join(after, b);
      return after;
    }
    if (st instanceof ForStmt f) {
      String lbl = takeLabel();
      for (Expression init : f.getInitialization()) eval(init, s);
      return loop(f.getCompare().orElse(null), f.getBody(), s, null, f.getUpdate(), lbl);
    }
    if (st instanceof ForEachStmt f) return forEach(f, s);
    if (st instanceof ReturnStmt r) {
      Value v = r.getExpression().map(e -> eval(e, s)).orElse(Value.CLEAN);
      if (v.tainted() && isRequestMapping() && r.getExpression().isPresent()) {
        redirectView(r.getExpression().get(), v);
        if (returnsResponseBody()) {
          checkSink(new Sink(CallPattern.of("", "", false, "return", ""), AccessPath.parse("ReturnValue"),
              "xss", "vigil"), r.getExpression().get(), "response body", v);
        }
      }
      if (v.tainted() && r.getExpression().isPresent()) returnSink(r.getExpression().get(), v);
      returned = returned == null ? v : returned.join(v);
      if (BooleanReturns.returnsBoolean(method) && r.getExpression().isPresent()) {
        booleanReturns.returned(this, r.getExpression().get(), v, s);
      }
      returnStates.add(s);
      return null;
    }
    if (st instanceof BreakStmt b) {
      Jump target = target(b.getLabel().map(l -> l.asString()).orElse(null), false);
      if (target != null) target.breaks.add(s);
      return null;
    }
    if (st instanceof ContinueStmt c) {
      Jump target = target(c.getLabel().map(l -> l.asString()).orElse(null), true);
      if (target != null) target.continues.add(s);
      return null;
    }
    if (st instanceof ThrowStmt t) {
      throwing(t, s);
      return null;
    }
    if (st instanceof TryStmt t) return tryStmt(t, s);
    if (st instanceof SwitchStmt sw) return switchStmt(sw.getSelector(), sw.getEntries(), s, takeLabel());
    if (st instanceof SynchronizedStmt sy) {
      eval(sy.getExpression(), s);
      return exec(sy.getBody(), s);
    }
    if (st instanceof LabeledStmt l) {
      Statement inner = l.getStatement();
      if (inner instanceof WhileStmt || inner instanceof DoStmt || inner instanceof ForStmt
          || inner instanceof ForEachStmt || inner instanceof SwitchStmt) {
        pendingLabel = l.getLabel().asString();
        return exec(inner, s);
      }
      Jump j = new Jump(l.getLabel().asString(), false);
      jumps.push(j);
      State out = exec(inner, s);
      jumps.pop();
      for (State b : j.breaks) out = State.join(out, b);
      return out;
    }
    if (st instanceof ExplicitConstructorInvocationStmt ec) {
      Value[] args = arguments(ec.getArguments(), s, Value.CLEAN);
      ClassInfo target = ec.isThis() ? owner : run.project.superclass(owner);
      if (target != null) {
        for (CallableDeclaration<?> ctor : target.constructors) {
          if (ctor.getParameters().size() == args.length && ctor != method) {
            applySummary(ctor, target, ec, Value.CLEAN, args, ec.getArguments(), s);
          }
        }
      }
      return s;
    }
    if (st instanceof YieldStmt y) {
      Value v = eval(y.getExpression(), s);
      if (yields != null) yields.add(v);
      return null;
    }
    if (st instanceof AssertStmt a) {
      eval(a.getCheck(), s);
      return s;
    }
    return s;
  }

  private String takeLabel() {
    String l = pendingLabel;
    pendingLabel = null;
    return l;
  }

  private Jump target(String lbl, boolean loopOnly) {
    for (Jump j : jumps) {
      if (lbl != null ? lbl.equals(j.label) : (!loopOnly || j.loop)) {
        if (lbl == null && !loopOnly && j.label != null && !j.loop) continue;
        return j;
      }
    }
    return null;
  }

  private State ifStmt(IfStmt i, State s) {
    Value c = eval(i.getCondition(), s);
    if (c.constant() instanceof Boolean b) {
      if (b) return exec(i.getThenStmt(), s);
      return i.getElseStmt().map(e -> exec(e, s)).orElse(s);
    }
    State t = s.copy();
    Guards.refine(this, i.getCondition(), t, true);
    State e = s.copy();
    Guards.refine(this, i.getCondition(), e, false);
    t = exec(i.getThenStmt(), t);
    if (i.getElseStmt().isPresent()) e = exec(i.getElseStmt().get(), e);
    return State.join(t, e);
  }

  /**
   * Runs a loop body until its entry state settles, at most twice (enough for taint to cross one
   * iteration), and joins the exits.
   */
  private State loop(Expression cond, Statement body, State s, VariableBinding each,
      List<Expression> updates, String lbl) {
    Value c = cond == null ? Value.CLEAN : eval(cond, s);
    if (Boolean.FALSE.equals(c.constant())) return s;
    boolean infinite = cond == null && each == null || Boolean.TRUE.equals(Constants.literal(cond));
    State entry = widen(body, updates, s);
    State exit = infinite ? null : exitOf(cond, s);
    Jump j = new Jump(lbl, true);
    for (int iteration = 0; iteration < 2; iteration++) {
      State in = entry.copy();
      if (cond != null) Guards.refine(this, cond, in, true);
      if (each != null) each.bind(in);
      jumps.push(j);
      State out = exec(body, in);
      jumps.pop();
      for (State cont : j.continues) out = State.join(out, cont);
      j.continues.clear();
      if (out == null) break;
      for (Expression u : updates) eval(u, out);
      if (cond != null) eval(cond, out);
      if (!infinite) exit = State.join(exit, exitOf(cond, out));
      if (entry.covers(out)) break;
      entry = State.join(entry, out);
    }
    CharacterScans.afterLoop(this, cond, body, exit);
    for (State b : j.breaks) exit = State.join(exit, b);
    return exit;
  }

  /** Returns the expressions a loop's body and updates assign or increment. */
  private static List<Expression> loopTargets(Statement body, List<Expression> updates) {
    List<Expression> targets = new ArrayList<>();
    List<Node> parts = new ArrayList<>(updates);
    parts.add(body);
    for (Node part : parts) {
      part.walk(AssignExpr.class, a -> targets.add(a.getTarget()));
      part.walk(UnaryExpr.class, u -> targets.add(u.getExpression()));
    }
    return targets;
  }

  /**
   * Returns the loop's entry state with the constants of the variables the loop assigns forgotten
   * (their taint kept), so the first iteration already stands for every iteration and a loop
   * whose taint does not grow runs once: nested loops stay linear.
   */
  private State widen(Statement body, List<Expression> updates, State s) {
    Set<String> assigned = new HashSet<>();
    for (Expression target : run.loopTargets(body, () -> loopTargets(body, updates))) {
      String key = variableKey(target);
      if (key != null) assigned.add(key);
    }
    State widened = s.copy();
    for (String key : assigned) {
      if (widened.has(key)) widened.update(key, widened.get(key).taintOnly());
    }
    return widened;
  }

  private State exitOf(Expression cond, State s) {
    State out = s.copy();
    if (cond != null) Guards.refine(this, cond, out, false);
    return out;
  }

  /** Binds the variable of an enhanced for loop at the start of each iteration. */
  private interface VariableBinding {
    void bind(State s);
  }

  private State forEach(ForEachStmt f, State s) {
    String lbl = takeLabel();
    Value iterable = eval(f.getIterable(), s);
    VariableDeclarator v = f.getVariable().getVariables().get(0);
    String declared = v.getTypeAsString();
    String iterType = types.typeOf(f.getIterable());
    String type = declared.equals("var") && iterType != null && TypeNames.isArray(iterType)
        ? TypeNames.elementOf(iterType) : types.resolve(declared);
    localTypes.put(v.getNameAsString(), type);
    Value element = TypeNames.isScalar(type) ? Value.CLEAN : iterable.taintOnly();
    return loop(null, f.getBody(), s, in -> in.set(v.getNameAsString(), element), List.of(), lbl);
  }

  /**
   * Interprets a throw: what the exception's message carries (the arguments of {@code new
   * XException(...)}, or the thrown value) is thrown, to a catch clause or out of the method.
   */
  private void throwing(ThrowStmt t, State s) {
    Expression x = unwrap(t.getExpression());
    Value message = Value.CLEAN;
    if (x instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()) {
      // an exception's constructor keeps its message and cause: what it does with them is no flow
      for (Expression a : o.getArguments()) message = message.join(eval(a, s).taintOnly());
    } else {
      message = eval(x, s).taintOnly();
    }
    FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, t, "thrown in an exception's message");
    thrown = thrown.join(message.mapTaints(taint -> taint.through(step)));
  }

  /** Returns a thrown taint as the catch clause's exception holds it: not for log injection. */
  private static Taint caught(Taint thrownTaint, FlowStep step) {
    Set<String> sanitized = new HashSet<>(thrownTaint.sanitized());
    sanitized.add("log-injection");
    return new Taint(thrownTaint.parameter(), thrownTaint.threat(),
        FlowPath.append(thrownTaint.path(), step), sanitized, thrownTaint.field());
  }

  private State tryStmt(TryStmt t, State s) {
    Value outer = thrown;
    thrown = Value.CLEAN;
    for (Expression r : t.getResources()) eval(r, s);
    State before = s.copy();
    State afterTry = exec(t.getTryBlock(), s);
    Value raised = thrown;
    thrown = outer;
    State out = afterTry;
    State catchIn = State.join(before, afterTry);
    boolean caughtAll = false;
    for (CatchClause c : t.getCatchClauses()) {
      State in = catchIn.copy();
      // a multi-catch is typed by its first alternative: enough to find no project method in it
      var caught = c.getParameter().getType();
      String written = caught.isUnionType() ? caught.asUnionType().getElements().get(0).asString() : caught.asString();
      localTypes.put(c.getParameter().getNameAsString(), types.resolve(written));
      caughtAll |= !caught.isUnionType() && CATCH_ALL.contains(written);
      // which exception a clause catches is not tracked: each may get what the block threw; a
      // logged exception is how failures are recorded, so its message is no log injection
      FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, c.getParameter(), "caught as "
          + c.getParameter().getNameAsString());
      in.set(c.getParameter().getNameAsString(), raised.mapTaints(taint -> caught(taint, step)));
      out = State.join(out, exec(c.getBody(), in));
    }
    if (!caughtAll) thrown = thrown.join(raised);
    if (t.getFinallyBlock().isPresent()) {
      if (out == null) {
        exec(t.getFinallyBlock().get(), catchIn.copy());
        return null;
      }
      out = exec(t.getFinallyBlock().get(), out);
    }
    return out;
  }

  private State switchStmt(Expression selector, NodeList<SwitchEntry> entries, State s, String lbl) {
    Value sel = eval(selector, s);
    Jump j = new Jump(lbl, false);
    jumps.push(j);
    State out = null;
    int start = sel.isConstant() ? matchingEntry(entries, sel.constant()) : NOT_CONSTANT;
    boolean constant = start != NOT_CONSTANT;
    if (constant && start < 0) {
      jumps.pop();
      return s;
    }
    boolean hasDefault = entries.stream().anyMatch(e -> e.getLabels().isEmpty());
    State fallThrough = null;
    for (int k = constant ? start : 0; k < entries.size(); k++) {
      State in = fallThrough;
      if (!constant || k == start) {
        State entering = constant ? s : s.copy();
        if (!constant) Guards.refineCase(this, selector, entries.get(k), entering);
        in = State.join(entering, fallThrough);
      }
      if (in == null) break;
      State after = runEntry(entries.get(k), in);
      if (entries.get(k).getType() == SwitchEntry.Type.STATEMENT_GROUP) {
        fallThrough = after;
      } else {
        out = State.join(out, after);
        fallThrough = null;
        if (constant) break;
      }
    }
    out = State.join(out, fallThrough);
    jumps.pop();
    if (!constant && !hasDefault) out = State.join(out, s);
    for (State b : j.breaks) out = State.join(out, b);
    return out;
  }

  private State runEntry(SwitchEntry entry, State s) {
    if (entry.getType() == SwitchEntry.Type.EXPRESSION && entry.getStatements().size() == 1
        && entry.getStatements().get(0) instanceof ExpressionStmt es) {
      Value v = eval(es.getExpression(), s);
      if (yields != null) {
        yields.add(v);
        return null;
      }
      return s;
    }
    State cur = s;
    for (Statement st : entry.getStatements()) {
      cur = exec(st, cur);
      if (cur == null) return null;
    }
    return cur;
  }

  /**
   * Returns the index of the entry a constant selects, -1 if none does, or {@link #NOT_CONSTANT}
   * if some label is not a constant (the switch is then followed on every entry).
   */
  private int matchingEntry(NodeList<SwitchEntry> entries, Object constant) {
    int fallback = -1;
    for (int i = 0; i < entries.size(); i++) {
      SwitchEntry e = entries.get(i);
      if (e.getLabels().isEmpty()) fallback = i;
      for (Expression l : e.getLabels()) {
        Object c = Constants.literal(l);
        if (c == null && l instanceof NameExpr n) c = n.getNameAsString();
        if (c != null && Constants.same(c, constant)) return i;
        if (c == null) return NOT_CONSTANT;
      }
    }
    return fallback;
  }

  // ---------------------------------------------------------------- expressions

  /** Returns the value of an expression, updating the state with its side effects. */
  Value eval(Expression e, State s) {
    if (e instanceof LiteralExpr) {
      Object c = Constants.literal(e);
      return c == null ? Value.CLEAN : Value.constant(c);
    }
    if (e instanceof NameExpr n) return readName(n.getNameAsString(), s);
    if (e instanceof MethodCallExpr m) return call(m, s);
    if (e instanceof BinaryExpr b) return binary(b, s);
    if (e instanceof AssignExpr a) return assign(a, s);
    if (e instanceof VariableDeclarationExpr v) {
      for (VariableDeclarator d : v.getVariables()) declare(d, s);
      return Value.CLEAN;
    }
    if (e instanceof FieldAccessExpr f) return readFieldAccess(f, s);
    if (e instanceof ObjectCreationExpr o) return construct(o, s);
    if (e instanceof EnclosedExpr en) return eval(en.getInner(), s);
    if (e instanceof CastExpr c) {
      Value v = eval(c.getExpression(), s);
      return TypeNames.isScalar(c.getTypeAsString()) ? constantOnly(v) : v;
    }
    if (e instanceof ConditionalExpr c) return conditional(c, s);
    if (e instanceof UnaryExpr u) return unary(u, s);
    if (e instanceof ArrayAccessExpr a) {
      Value whole = eval(a.getName(), s);
      Value index = eval(a.getIndex(), s);
      String key = variableKey(a.getName());
      if (key == null) return whole.taintOnly();
      return Containers.element(s, key, index.constant(), whole);
    }
    if (e instanceof ArrayCreationExpr a) {
      a.getLevels().forEach(l -> l.getDimension().ifPresent(d -> eval(d, s)));
      return a.getInitializer().map(i -> eval(i, s)).orElse(Value.CLEAN);
    }
    if (e instanceof ArrayInitializerExpr a) {
      Value all = Value.CLEAN;
      for (Expression v : a.getValues()) all = all.join(eval(v, s).taintOnly());
      return all;
    }
    if (e instanceof InstanceOfExpr i) {
      Value v = eval(i.getExpression(), s);
      i.getPattern().ifPresent(p -> {
        if (p instanceof TypePatternExpr tp) {
          localTypes.put(tp.getNameAsString(), types.resolve(tp.getTypeAsString()));
          s.set(tp.getNameAsString(), v);
        }
      });
      return Value.CLEAN;
    }
    if (e instanceof LambdaExpr l) return lambda(l, s, Value.CLEAN);
    if (e instanceof ThisExpr) return receiverValue();
    if (e instanceof SwitchExpr sw) return switchExpr(sw, s);
    return Value.CLEAN;
  }

  private static Value constantOnly(Value v) {
    return v.isConstant() ? Value.constant(v.constant()) : Value.CLEAN;
  }

  private static Value constantOrClean(Object c) {
    return c == null ? Value.CLEAN : Value.constant(c);
  }

  private Value receiverValue() {
    return Value.of(List.of(Taint.parameter(RECEIVER)));
  }

  private Value unary(UnaryExpr u, State s) {
    Value v = eval(u.getExpression(), s);
    UnaryExpr.Operator op = u.getOperator();
    boolean increment = op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_INCREMENT;
    boolean decrement = op == UnaryExpr.Operator.PREFIX_DECREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
    if (increment || decrement) {
      Object next = v.constant() instanceof Long n ? (Object) (increment ? n + 1 : n - 1) : null;
      String key = variableKey(u.getExpression());
      if (key != null) s.update(key, constantOrClean(next));
      return u.isPrefix() ? constantOrClean(next) : constantOrClean(v.constant());
    }
    return v.isConstant() ? constantOrClean(Constants.unary(op, v.constant())) : Value.CLEAN;
  }

  private Value binary(BinaryExpr b, State s) {
    Value l = eval(b.getLeft(), s);
    BinaryExpr.Operator op = b.getOperator();
    if (op == BinaryExpr.Operator.AND && Boolean.FALSE.equals(l.constant())) return Value.constant(false);
    if (op == BinaryExpr.Operator.OR && Boolean.TRUE.equals(l.constant())) return Value.constant(true);
    State rightState = s;
    if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) {
      rightState = s.copy();
      Guards.refine(this, b.getLeft(), rightState, op == BinaryExpr.Operator.AND);
    }
    Value r = eval(b.getRight(), rightState);
    Object folded = Constants.binary(op, l.constant(), r.constant());
    if (op != BinaryExpr.Operator.PLUS) return constantOrClean(folded);
    Value right = r.taintOnly();
    if (right.tainted()) {
      Set<String> fixedBy = fixedByPrefix(b.getLeft(), s);
      if (!fixedBy.isEmpty()) {
        FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, path, b, "appended after the fixed prefix of "
            + Finding.normalise(b.toString()));
        right = right.mapTaints(t -> t.sanitizedFor(fixedBy, step));
      }
    }
    Value joined = l.taintOnly().join(right);
    return folded == null ? joined : new Value(joined.taints(), folded, null);
  }

  /**
   * Returns the sink kinds a concatenation's constant prefix rules out for what follows it: after
   * {@code https://host/} the value cannot choose the host (no request forgery, no open redirect);
   * after a local path {@code /x} it cannot leave the site (no open redirect).
   */
  private Set<String> fixedByPrefix(Expression left, State s) {
    Expression x = unwrap(left);
    while (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) x = unwrap(b.getLeft());
    if (!(constantOf(x, s) instanceof String prefix)) return Set.of();
    if (UrlPrefixes.fixesOrigin(prefix)) return HOST_KINDS;
    if (UrlPrefixes.isLocalPath(prefix)) return Set.of("open-redirect");
    return Set.of();
  }

  private Value conditional(ConditionalExpr c, State s) {
    Value cond = eval(c.getCondition(), s);
    if (cond.constant() instanceof Boolean b) return eval(b ? c.getThenExpr() : c.getElseExpr(), s);
    State t = s.copy();
    Guards.refine(this, c.getCondition(), t, true);
    State e = s.copy();
    Guards.refine(this, c.getCondition(), e, false);
    return eval(c.getThenExpr(), t).join(eval(c.getElseExpr(), e));
  }

  private Value switchExpr(SwitchExpr sw, State s) {
    List<Value> saved = yields;
    yields = new ArrayList<>();
    switchStmt(sw.getSelector(), sw.getEntries(), s.copy(), null);
    Value v = null;
    for (Value y : yields) v = v == null ? y : v.join(y);
    yields = saved;
    return v == null ? Value.CLEAN : v;
  }

  // ---------------------------------------------------------------- variables and fields

  private void declare(VariableDeclarator d, State s) {
    String name = d.getNameAsString();
    String declared = d.getTypeAsString();
    Expression init = d.getInitializer().orElse(null);
    String initType = init == null ? null : types.typeOf(init);
    String type = declared.equals("var") || (initType != null && initType.contains("#"))
        ? (initType == null ? declared : initType) : types.resolve(declared);
    localTypes.put(name, type);
    if (init == null) {
      s.set(name, Value.CLEAN);
      return;
    }
    Value v = eval(init, s);
    storeLocal(name, type, v, init, d, s);
  }

  private void storeLocal(String name, String type, Value value, Expression rhs, Node at, State s) {
    Value v = TypeNames.isScalar(type) ? constantOnly(value) : value;
    if (v.tainted()) {
      FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, at, "assigned to " + name);
      v = v.mapTaints(t -> t.through(step));
    }
    Expression r = unwrap(rhs);
    String rhsKey = r instanceof NameExpr ? variableKey(r) : null;
    if (rhsKey != null && s.tracksElements(rhsKey)) {
      var contents = s.contents(rhsKey);
      int size = s.size(rhsKey);
      s.set(name, v);
      s.setContents(name, contents, size);
      return;
    }
    s.set(name, v);
    ArrayInitializerExpr init = r instanceof ArrayInitializerExpr ai ? ai
        : r instanceof ArrayCreationExpr ac ? ac.getInitializer().orElse(null) : null;
    if (init != null) {
      s.clearElements(name);
      for (int i = 0; i < init.getValues().size(); i++) {
        s.putElement(name, Containers.index(i), eval(init.getValues().get(i), s.copy()));
      }
      s.setSize(name, init.getValues().size());
      s.update(name, Value.CLEAN);
    } else if (r instanceof ObjectCreationExpr oc && oc.getArguments().isEmpty()
        && (TypeNames.isList(type) || TypeNames.isMap(type))) {
      s.clearElements(name);
    } else if (r instanceof ArrayCreationExpr ac) {
      s.clearElements(name);
      Object length = ac.getLevels().get(0).getDimension().map(Constants::literal).orElse(null);
      s.setSize(name, length instanceof Long n ? n.intValue() : -1);
    }
  }

  private static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof EnclosedExpr en) x = en.getInner();
    while (x instanceof CastExpr c) x = c.getExpression();
    return x;
  }

  /** Returns true if a name is a local variable or parameter here. */
  boolean isLocal(String name) {
    return localTypes.containsKey(name);
  }

  /** Returns the value of a simple name: a local (with its contents), a field, or nothing. */
  Value readName(String name, State s) {
    if (isLocal(name)) {
      Value v = s.get(name);
      Value base = v == null ? Value.CLEAN : v;
      Value contents = s.allElements(name);
      return contents == null ? base : base.join(contents);
    }
    TypeInference.FieldRef f = types.field(owner, name);
    if (f == null) return Value.CLEAN;
    return readField(f, s, receiverValue());
  }

  /** Returns the declaration of the project field {@code e} names ({@code f}, {@code this.f}, {@code Type.F}), or null. */
  VariableDeclarator fieldDeclaration(Expression e) {
    TypeInference.FieldRef f = null;
    if (e instanceof NameExpr n && !isLocal(n.getNameAsString())) f = types.field(owner, n.getNameAsString());
    if (e instanceof FieldAccessExpr fa) {
      String type = fa.getScope() instanceof ThisExpr ? owner.qualifiedName() : types.staticType(fa.getScope());
      ClassInfo c = type == null ? null : run.project.classOf(type);
      f = c == null ? null : types.field(c, fa.getNameAsString());
    }
    return f == null ? null : f.owner().fields.get(f.name());
  }

  private Value readField(TypeInference.FieldRef f, State s, Value receiver) {
    Value known = s.has(f.key()) ? s.get(f.key()) : run.fieldValue(f.owner(), f.name());
    Value contents = s.allElements(f.key());
    if (contents != null) known = known.join(contents);
    if (TypeNames.isScalar(f.type())) return constantOnly(known);
    if (!f.isStatic() && !s.has(f.key()) && carriesText(f.type())) {
      // what the object holds in this field (or as a whole); a symbolic taint remembers the field
      known = known.join(receiver.taintOnly().mapTaints(t -> !t.readableAs(f.key()) ? null
          : t.symbolic() ? t.inField(f.key()) : t.inField(null)));
    }
    return known;
  }

  private static boolean carriesText(String type) {
    String t = TypeNames.erase(type);
    return TEXT_TYPES.contains(t) || TypeNames.isArray(type) || TypeNames.isList(type) || TypeNames.isMap(type);
  }

  private Value readFieldAccess(FieldAccessExpr f, State s) {
    Expression scope = f.getScope();
    String name = f.getNameAsString();
    if (scope instanceof ThisExpr) {
      TypeInference.FieldRef ref = types.field(owner, name);
      return ref == null ? Value.CLEAN : readField(ref, s, receiverValue());
    }
    String staticType = types.staticType(scope);
    if (staticType != null) {
      ClassInfo c = run.project.classOf(staticType);
      TypeInference.FieldRef ref = c == null ? null : types.field(c, name);
      return ref == null ? Value.CLEAN : readField(ref, s, Value.CLEAN);
    }
    Value scopeValue = eval(scope, s);
    if (name.equals("length")) return Value.CLEAN;
    ClassInfo c = run.project.classOf(types.typeOf(scope));
    TypeInference.FieldRef ref = c == null ? null : types.field(c, name);
    if (ref == null) return scopeValue.taintOnly();
    return readField(ref, new State(), scopeValue);
  }

  /**
   * Returns the sink kinds the project method called at {@code call} (already evaluated) checks
   * each argument for when it returns {@code outcome}; empty when it is no such check.
   */
  Map<Integer, Set<String>> checksOf(MethodCallExpr call, boolean outcome) {
    MethodSummary summary = calledSummaries.get(call);
    if (summary == null) return Map.of();
    return outcome ? summary.checksIfTrue() : summary.checksIfFalse();
  }

  /** Returns the state key of a variable or field expression, or null for anything else. */
  String variableKey(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof NameExpr n) {
      if (isLocal(n.getNameAsString())) return n.getNameAsString();
      TypeInference.FieldRef f = types.field(owner, n.getNameAsString());
      return f == null ? null : f.key();
    }
    if (x instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
      TypeInference.FieldRef f = types.field(owner, fa.getNameAsString());
      return f == null ? null : f.key();
    }
    return null;
  }

  private Value assign(AssignExpr a, State s) {
    Expression target = a.getTarget();
    Value rhs = eval(a.getValue(), s);
    if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
      Value old = eval(target, s);
      BinaryExpr.Operator op = a.getOperator().toBinaryOperator().orElse(BinaryExpr.Operator.PLUS);
      Object folded = Constants.binary(op, old.constant(), rhs.constant());
      Value joined = op == BinaryExpr.Operator.PLUS ? old.taintOnly().join(rhs.taintOnly()) : Value.CLEAN;
      rhs = folded == null ? joined : new Value(joined.taints(), folded, null);
    }
    if (target instanceof NameExpr n && isLocal(n.getNameAsString())) {
      // a stream assigned after its declaration keeps its role, as one declared with it does
      String role = types.typeOf(a.getValue());
      if (role != null && role.contains("#")) localTypes.put(n.getNameAsString(), role);
      storeLocal(n.getNameAsString(), localTypes.get(n.getNameAsString()), rhs, a.getValue(), a, s);
      return rhs;
    }
    if (target instanceof ArrayAccessExpr aa) {
      String key = variableKey(aa.getName());
      Value index = eval(aa.getIndex(), s);
      if (key != null) {
        int size = s.size(key);
        if (index.constant() instanceof Long i && s.tracksElements(key) && (size < 0 || i < size)) {
          s.putElement(key, Containers.index(i), rhs);
        } else {
          s.addAnyElement(key, rhs);
        }
        if (!isLocal(key)) recordFieldWrite(key, rhs, a);
      } else {
        eval(aa.getName(), s);
      }
      return rhs;
    }
    TypeInference.FieldRef ref = null;
    boolean onThis = true;
    if (target instanceof NameExpr n) {
      ref = types.field(owner, n.getNameAsString());
    } else if (target instanceof FieldAccessExpr fa) {
      if (fa.getScope() instanceof ThisExpr) {
        ref = types.field(owner, fa.getNameAsString());
      } else {
        String staticType = types.staticType(fa.getScope());
        ClassInfo c = run.project.classOf(staticType != null ? staticType : types.typeOf(fa.getScope()));
        if (staticType == null) eval(fa.getScope(), s);
        ref = c == null ? null : types.field(c, fa.getNameAsString());
        onThis = staticType != null;
      }
    }
    if (ref != null) {
      Value v = TypeNames.isScalar(ref.type()) ? constantOnly(rhs) : rhs;
      if (onThis) s.set(ref.key(), v);
      // obj.f = v on another object: the object carries it, not every object of its class
      String field = ref.key();
      boolean onObject = !onThis && !ref.isStatic() && target instanceof FieldAccessExpr fa
          && taintRoot(fa.getScope(), v.taintOnly().mapTaints(t -> t.inField(field)), s);
      if (!onObject) recordFieldWrite(ref.key(), v, a);
    }
    return rhs;
  }

  private void recordFieldWrite(String key, Value v, Node at) {
    if (!v.tainted()) return;
    FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, at,
        "stored in field " + key.substring(key.lastIndexOf('.') + 1));
    Value stored = v.mapTaints(t -> t.through(step));
    if (storeOnConstructedObject(key, stored)) return;
    storeShared(key, stored);
  }

  /** Stores a value in facts all methods share; what came from parameters goes into the summary. */
  private void storeShared(String key, Value stored) {
    run.storeInField(key, stored);
    Value symbolic = stored.mapTaints(t -> t.symbolic() && t.parameter() != RECEIVER ? t : null);
    if (symbolic.tainted()) fieldWrites.merge(key, symbolic.taintOnly(), Value::join);
  }

  /**
   * Returns the fact key of the entry a store call names by its first argument (see {@link
   * AttributeStores}), or null when the key is neither a constant nor a constant field.
   */
  private String storeEntry(String store, Object[] constants, NodeList<Expression> argExprs) {
    if (argExprs.isEmpty()) return null;
    Expression x = unwrap(argExprs.get(0));
    TypeInference.FieldRef ref = null;
    if (x instanceof NameExpr n && !isLocal(n.getNameAsString())) {
      ref = types.field(owner, n.getNameAsString());
    } else if (x instanceof FieldAccessExpr fa && types.staticType(fa.getScope()) != null) {
      ClassInfo c = run.project.classOf(types.staticType(fa.getScope()));
      ref = c == null ? null : types.field(c, fa.getNameAsString());
    }
    VariableDeclarator v = ref == null || !ref.isStatic() ? null : ref.owner().fields.get(ref.name());
    boolean constantField = v != null && v.getParentNode().orElse(null) instanceof FieldDeclaration f && f.isFinal();
    return AttributeStores.entry(store, constants.length > 0 ? constants[0] : null, constantField ? ref.key() : null);
  }

  /**
   * Applies a model row that reads or writes a store entry: a write replaces what this method
   * holds there (published when it returns), a read returns that or what any method stored.
   */
  private Value storeCall(Summary row, Node at, Value in, Object[] constants, NodeList<Expression> argExprs, State s) {
    boolean read = row.input().kind() == AccessPath.Kind.STORE;
    String entry = storeEntry(read ? row.input().store() : row.output().store(), constants, argExprs);
    if (entry == null) return Value.CLEAN;
    if (!read) {
      FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, at, AttributeStores.stored(entry));
      s.set(entry, in.taintOnly().mapTaints(t -> t.through(step)));
      return Value.CLEAN;
    }
    if (s.has(entry)) return s.get(entry);
    FlowStep step = FlowStep.at(FlowStep.Kind.PROPAGATION, path, at, AttributeStores.read(entry));
    return run.entryValue(entry).mapTaints(t -> t.through(step));
  }

  /**
   * In a constructor, keeps what goes into an instance field in the summary, real taint included:
   * it belongs to the object under construction, which the {@code new} expression hands to its
   * caller, not to every object of the class. Returns false elsewhere.
   */
  private boolean storeOnConstructedObject(String key, Value v) {
    if (!(method instanceof ConstructorDeclaration) || !run.isInstanceField(key)) return false;
    Value own = v.mapTaints(t -> t.parameter() == RECEIVER ? null : t);
    if (own.tainted()) fieldWrites.merge(key, own.taintOnly(), Value::join);
    return true;
  }

  /** Returns the receiver expression of a call on another object than this, or null. */
  private static Expression otherReceiver(Node at) {
    if (!(at instanceof MethodCallExpr m)) return null;
    Expression scope = m.getScope().orElse(null);
    return scope == null || scope instanceof ThisExpr || scope instanceof SuperExpr ? null : scope;
  }

  // ---------------------------------------------------------------- calls

  private Value[] arguments(NodeList<Expression> exprs, State s, Value receiver) {
    Value[] args = new Value[exprs.size()];
    Value input = receiver.taintOnly();
    for (int i = 0; i < args.length; i++) {
      Expression e = exprs.get(i);
      if (!isFunctional(e)) {
        args[i] = eval(e, s);
        input = input.join(args[i].taintOnly());
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) args[i] = functional(exprs.get(i), s, input);
    }
    return args;
  }

  private static boolean isFunctional(Expression e) {
    return e instanceof LambdaExpr || e instanceof MethodReferenceExpr;
  }

  private static Object[] constants(Value[] args) {
    Object[] c = new Object[args.length];
    for (int i = 0; i < args.length; i++) c[i] = args[i].constant();
    return c;
  }

  private Value functional(Expression e, State s, Value input) {
    if (e instanceof LambdaExpr l) return lambda(l, s, input);
    MethodReferenceExpr ref = (MethodReferenceExpr) e;
    String name = ref.getIdentifier();
    String scopeType = ref.getScope() instanceof ThisExpr ? owner.qualifiedName()
        : ref.getScope() instanceof TypeExpr t ? types.resolve(t.getTypeAsString()) : types.typeOf(ref.getScope());
    ClassInfo c = run.project.classOf(scopeType);
    if (c != null) {
      Value result = Value.CLEAN;
      for (CallableDeclaration<?> m : run.project.targets(c, name, 1)) {
        result = result.join(applySummary(m, run.ownerOf(m), ref, Value.CLEAN, new Value[] {input},
            new NodeList<>(), s));
      }
      return result;
    }
    boolean sanitizes = run.models.sanitizers(name).stream().anyMatch(Sanitizer::coversAll);
    return sanitizes || NO_TEXT.matcher(name).matches() ? Value.CLEAN : input.taintOnly();
  }

  private Value lambda(LambdaExpr l, State s, Value input) {
    State inner = s.copy();
    for (Parameter p : l.getParameters()) {
      String type = p.getType().isUnknownType() ? "" : types.resolve(p.getTypeAsString());
      localTypes.put(p.getNameAsString(), type);
      inner.set(p.getNameAsString(), TypeNames.isScalar(type) ? Value.CLEAN : input.taintOnly());
    }
    Statement body = l.getBody();
    if (body instanceof ExpressionStmt es) {
      Value result = eval(es.getExpression(), inner);
      s.absorbTaint(inner);
      return result;
    }
    State[] out = new State[1];
    Value result = nested(() -> out[0] = exec(body, inner));
    s.absorbTaint(inner);
    if (out[0] != null && out[0] != inner) s.absorbTaint(out[0]);
    return result;
  }

  /** Runs an inner body (lambda, anonymous class method) whose returns are its own. */
  private Value nested(Runnable body) {
    Value savedReturn = returned;
    int savedStates = returnStates.size();
    List<Value> savedYields = yields;
    returned = null;
    yields = null;
    Deque<Jump> savedJumps = new ArrayDeque<>(jumps);
    jumps.clear();
    body.run();
    Value result = returned == null ? Value.CLEAN : returned;
    returned = savedReturn;
    yields = savedYields;
    while (returnStates.size() > savedStates) returnStates.remove(returnStates.size() - 1);
    jumps.addAll(savedJumps);
    return result;
  }

  private Value call(MethodCallExpr call, State s) {
    run.deadline.check();
    String name = call.getNameAsString();
    Expression scope = call.getScope().orElse(null);
    String staticType = scope == null ? staticallyImported(name, call.getArguments().size())
        : types.staticType(scope);
    Value receiver = staticType != null ? Value.CLEAN : scope == null ? receiverValue() : eval(scope, s);
    String receiverType = staticType != null ? staticType
        : scope == null ? unqualifiedReceiver(call)
        : scope instanceof ThisExpr ? owner.qualifiedName() : types.typeOf(scope);
    Value[] args = arguments(call.getArguments(), s, receiver);
    Object[] constants = constants(args);
    Object folded = StringFolding.fold(receiver.constant(), name, constants);
    if (folded != null) return Value.constant(folded);
    Value result = callValue(call, name, scope, staticType, receiverType, receiver, args, constants, s);
    Guards.completed(this, call, s);
    if (CANONICALISERS.contains(name)) result = result.canonical(scope == null ? null : variableKey(Guards.pathRoot(scope)));
    else if (receiver.canonicalOf() != null && Guards.keepsFile(name, args.length)) result = result.canonical(receiver.canonicalOf());
    return result;
  }

  /**
   * Returns the type an unqualified call is made on: inside an anonymous class body, the class it
   * extends when no class of the project declares the method (Jenkins' {@code new URLCheck() { ...
   * open(url) ... }}); otherwise this method's class.
   */
  private String unqualifiedReceiver(MethodCallExpr call) {
    for (Node n = call.getParentNode().orElse(null); n != null && n != method; n = n.getParentNode().orElse(null)) {
      if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
          && types.targets(null, null, null, call.getNameAsString(), call.getArguments().size()).isEmpty()) {
        return types.resolve(o.getType().getNameWithScope());
      }
    }
    return owner.qualifiedName();
  }

  /**
   * Returns the type of a statically imported library method called without a scope
   * ({@code filterEncode(name)}), or null when the class or its outer classes declare the name.
   */
  private String staticallyImported(String name, int arity) {
    if (!types.targets(null, null, null, name, arity).isEmpty()) return null;
    return source.staticImportOwner(name, type -> run.models.knowsType(type));
  }

  private Value callValue(MethodCallExpr call, String name, Expression scope, String staticType,
      String receiverType, Value receiver, Value[] args, Object[] constants, State s) {
    if (scope != null && receiverType != null) {
      String key = variableKey(scope);
      if (key != null) {
        Value c = TypeNames.isMap(receiverType) ? Containers.mapCall(s, key, name, args, constants, receiver)
            : TypeNames.isList(receiverType) || TypeNames.isArray(receiverType)
            ? Containers.listCall(s, key, name, args, constants, receiver) : null;
        if (c != null) return c;
      }
    }
    List<CallableDeclaration<?>> targets = types.byArgumentTypes(
        types.targets(scope, staticType, receiverType, name, args.length), call.getArguments());
    if (receiverType == null && scope != null) {
      // found by name alone: a call on a receiver of unknown type is not the calling method itself
      targets = targets.stream().filter(target -> target != method).toList();
    }
    if (!targets.isEmpty()) {
      Value result = null;
      for (CallableDeclaration<?> m : targets) {
        Value r = applySummary(m, run.ownerOf(m), call, receiver, args, call.getArguments(), s);
        result = result == null ? r : result.join(r);
      }
      return result;
    }
    if (staticType != null && name.equals("valueOf") && run.models.summaries(name).stream()
        .noneMatch(row -> row.call().matches(run.project.hierarchy(), staticType, args.length))) {
      return Value.CLEAN;
    }
    return modelCall(call, name, receiverType, receiver, args, constants, scope, call.getArguments(), s);
  }

  /** Clears, in what a call returns, the sink kinds whose syntax the called method escapes by hand. */
  private Value escapedByCallee(CallableDeclaration<?> callee, String calleeLabel, Node at, Value result) {
    Set<String> kinds = run.escapedKinds(callee);
    if (kinds.isEmpty()) return result;
    FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, path, at, calleeLabel + " escapes "
        + String.join(", ", kinds) + " (by what it does)");
    return result.mapTaints(t -> t.sanitizedFor(kinds, step));
  }

  /** Applies a project method's summary at a call: returns its value, reports its sinks. */
  private Value applySummary(CallableDeclaration<?> callee, ClassInfo calleeOwner, Node at,
      Value receiver, Value[] args, NodeList<Expression> argExprs, State s) {
    if (calleeOwner == null) return Value.CLEAN;
    Map<Integer, String> precise = new HashMap<>();
    for (int i = 0; i < argExprs.size() && i < callee.getParameters().size(); i++) {
      String t = types.typeOf(argExprs.get(i));
      if (t != null && t.contains("#")) precise.put(i, t);
    }
    MethodSummary summary = run.summary(callee, calleeOwner, precise);
    if (at instanceof MethodCallExpr mc) calledSummaries.merge(mc, summary, (a, b) -> a == b ? a : MethodSummary.EMPTY);
    String calleeLabel = run.label(calleeOwner, callee);
    FlowStep ret = FlowStep.at(FlowStep.Kind.RETURN, path, at, "returns from " + calleeLabel);
    Value result = substitute(summary.returned(), callee, calleeLabel, at, receiver, args)
        .mapTaints(t -> t.through(ret));
    if (summary.returned().isConstant()) result = new Value(result.taints(), summary.returned().constant(), null);
    if (result.tainted()) result = escapedByCallee(callee, calleeLabel, at, result);
    thrown = thrown.join(substitute(summary.thrown(), callee, calleeLabel, at, receiver, args));
    for (SinkFlow flow : summary.sinkFlows()) {
      String kind = flow.site().rule().kind();
      Value actual = actual(flow.taint().parameter(), receiver, args, callee);
      for (Taint a : actual.taints()) {
        if (!a.reaches(kind) || !flow.taint().reaches(kind) || !a.readableAs(flow.taint().field())) continue;
        Taint composed = a.compose(callStep(flow.taint().parameter(), callee, calleeLabel, at), flow.taint());
        sinkReached(composed, flow.site());
      }
    }
    // Instance fields written through a known receiver (a new object, a variable) stay with it.
    Expression other = otherReceiver(at);
    boolean knownReceiver = at instanceof ObjectCreationExpr || other != null;
    Value onObject = Value.CLEAN;
    for (var write : summary.fieldWrites().entrySet()) {
      Value v = substitute(write.getValue(), callee, calleeLabel, at, receiver, args);
      boolean instance = run.isInstanceField(write.getKey());
      if (instance && knownReceiver) {
        String field = write.getKey();
        onObject = onObject.join(v.taintOnly().mapTaints(t -> t.inField(field)));
        continue;
      }
      if (instance && storeOnConstructedObject(write.getKey(), v)) continue;
      run.storeInField(write.getKey(), v);
      Value symbolic = v.mapTaints(t -> t.symbolic() && t.parameter() != RECEIVER ? t : null);
      if (symbolic.tainted()) fieldWrites.merge(write.getKey(), symbolic.taintOnly(), Value::join);
    }
    if (onObject.tainted()) {
      if (at instanceof ObjectCreationExpr) {
        result = result.join(onObject);
      } else if (!taintRoot(other, onObject, s)) {
        // no variable holds the receiver (a call's result): fall back to the class-wide facts
        summary.fieldWrites().keySet().stream().filter(run::isInstanceField).forEach(key ->
            run.storeInField(key, substitute(summary.fieldWrites().get(key), callee, calleeLabel, at,
                receiver, args)));
      }
    }
    for (var check : summary.parameterChecks().entrySet()) {
      if (check.getKey() >= argExprs.size()) continue;
      String key = variableKey(Guards.throughGetter(argExprs.get(check.getKey())));
      if (key != null) Guards.sanitize(this, key, s, check.getValue(), at, "checked by " + calleeLabel);
    }
    for (var write : summary.parameterWrites().entrySet()) {
      int p = write.getKey();
      if (p >= argExprs.size()) continue;
      String key = variableKey(argExprs.get(p));
      if (key == null) continue;
      Value v = substitute(write.getValue(), callee, calleeLabel, at, receiver, args);
      if (s.tracksElements(key) || !isLocal(key)) s.addAnyElement(key, v);
      else s.update(key, (s.has(key) ? s.get(key) : Value.CLEAN).join(v));
    }
    return result;
  }

  private Value substitute(Value inner, CallableDeclaration<?> callee, String calleeLabel, Node at,
      Value receiver, Value[] args) {
    if (!inner.tainted()) return inner;
    List<Taint> out = new ArrayList<>();
    for (Taint t : inner.taints()) {
      if (!t.symbolic()) {
        out.add(t);
        continue;
      }
      FlowStep step = callStep(t.parameter(), callee, calleeLabel, at);
      for (Taint a : actual(t.parameter(), receiver, args, callee).taints()) {
        if (a.readableAs(t.field())) out.add(a.compose(step, t));
      }
    }
    return Value.of(Value.merge(out, List.of()));
  }

  private static Value actual(int parameter, Value receiver, Value[] args, CallableDeclaration<?> callee) {
    if (parameter == RECEIVER) return receiver;
    int params = callee.getParameters().size();
    if (parameter < params - 1 || !callee.getParameter(params - 1).isVarArgs()) {
      return parameter < args.length ? args[parameter] : Value.CLEAN;
    }
    Value rest = Value.CLEAN;
    for (int i = parameter; i < args.length; i++) rest = rest.join(args[i].taintOnly());
    return rest;
  }

  private FlowStep callStep(int parameter, CallableDeclaration<?> callee, String calleeLabel, Node at) {
    String what = parameter == RECEIVER ? "the receiver"
        : parameter < callee.getParameters().size()
        ? "parameter " + callee.getParameter(parameter).getNameAsString() : "an argument";
    return FlowStep.at(FlowStep.Kind.CALL, path, at, "passes " + what + " of " + calleeLabel
        + " from " + label);
  }

  private void sinkReached(Taint taint, SinkSite site) {
    if (taint.symbolic()) {
      sinkFlows.putIfAbsent(taint.identity() + "|" + site.contextKey() + "|" + site.step().line(),
          new SinkFlow(taint, site));
    } else {
      run.report(taint, site);
    }
  }

  /** Applies the models to a library call; a decoder's result may carry again what was neutralised. */
  private Value modelCall(Node at, String name, String receiverType, Value receiver, Value[] args,
      Object[] constants, Expression scope, NodeList<Expression> argExprs, State s) {
    if (FixedPrograms.buildsCommand(name, receiverType) && !argExprs.isEmpty()) {
      args = withFixedProgram(at, name, args, argExprs, s);
    }
    if (ArgumentLists.appends(name, receiverType) && at instanceof MethodCallExpr call && ArgumentLists.operandsOnly(call)) {
      args = clearedForCommands(args, args.length, FlowStep.at(FlowStep.Kind.SANITIZER, path, at,
          Finding.normalise(at.toString()) + " adds operands after \"--\" or a refused leading -, no option from input"));
    }
    Value result = libraryCall(at, name, receiverType, receiver, args, constants, scope, argExprs, s);
    for (var row : run.models.decoders(name)) {
      if (row.call().matches(run.project.hierarchy(), receiverType, args.length)) {
        result = result.mapTaints(t -> t.reopenedFor(row.kinds()));
      }
    }
    return result;
  }

  /**
   * Returns the arguments of a command call, cleared for command injection where the call runs a
   * constant program with an argument list whose values cannot be options (see {@link FixedPrograms}).
   */
  private Value[] withFixedProgram(Node at, String name, Value[] args, NodeList<Expression> argExprs, State s) {
    boolean list = name.equals("exec") || name.equals("launch") || argExprs.size() == 1;
    List<Expression> items = list ? listItems(argExprs.get(0)) : argExprs;
    List<Value> values = !list ? List.of(args) : items != null
        ? items.stream().map(item -> eval(item, s.copy())).toList() : trackedElements(argExprs.get(0), s);
    if (values == null || !FixedPrograms.runsWithoutInjection(values, items)) return args;
    FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, path, at, Finding.normalise(at.toString())
        + " runs the fixed program " + values.get(0).constant() + " with an argument list, no shell, no option from input");
    return clearedForCommands(args, name.equals("exec") || name.equals("launch") ? 1 : args.length, step);
  }

  private static Value[] clearedForCommands(Value[] args, int count, FlowStep step) {
    Value[] cleared = args.clone();
    for (int i = 0; i < count; i++) {
      cleared[i] = args[i].mapTaints(t -> t.sanitizedFor(FixedPrograms.COMMAND_INJECTION, step));
    }
    return cleared;
  }

  /** Returns the element expressions of an array or list written in place, or null. */
  private static List<Expression> listItems(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof ArrayCreationExpr a) return a.getInitializer().map(ArrayInitializerExpr::getValues).orElse(null);
    if (x instanceof ArrayInitializerExpr a) return a.getValues();
    if (x instanceof MethodCallExpr m && Set.of("asList", "of").contains(m.getNameAsString())) return m.getArguments();
    return null;
  }

  /** Returns the elements of a local list or array whose every element is known, or null. */
  private static List<Value> trackedElements(Expression e, State s) {
    Expression x = unwrap(e);
    String key = x instanceof NameExpr n ? n.getNameAsString() : null;
    if (key == null || !s.tracksElements(key) || s.size(key) < 0) return null;
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < s.size(key); i++) {
      Value v = s.element(key, Containers.index(i));
      if (v == null) return null;
      values.add(v);
    }
    return values;
  }

  private Value libraryCall(Node at, String name, String receiverType, Value receiver, Value[] args,
      Object[] constants, Expression scope, NodeList<Expression> argExprs, State s) {
    TypeHierarchy h = run.project.hierarchy();
    // a condition on a constant argument also reads the literal a concatenation starts with
    Object[] texts = constants.clone();
    for (int i = 0; i < texts.length && i < argExprs.size(); i++) {
      if (texts[i] == null) texts[i] = literalPrefix(argExprs.get(i));
    }
    for (Sink row : run.models.sinks(name)) {
      if (!row.call().matches(h, receiverType, args.length) || !row.input().holds(texts)
          || !row.input().holdsForTypes(i -> i < argExprs.size() ? types.typeOf(argExprs.get(i)) : null)) {
        continue;
      }
      if (row.input().kind() == AccessPath.Kind.QUALIFIER) {
        checkSink(row, at, name, receiver);
      } else {
        for (int i = 0; i < args.length; i++) {
          // advice run before this method made the argument safe (AccessPath "unless caller")
          boolean exempt = !row.input().exemptions().isEmpty() && i < argExprs.size()
              && row.input().exempts(method, argExprs.get(i), run.assignedNames(method));
          if (row.input().covers(i) && !exempt) checkSink(row, at, name, args[i]);
        }
      }
    }
    boolean modelled = false;
    Value result = Value.CLEAN;
    for (Source row : run.models.sources(name)) {
      if (!row.call().matches(h, receiverType, args.length)) continue;
      modelled = true;
      Set<String> neutral = new HashSet<>();
      run.models.neutralSources(name).stream().filter(n -> n.call().matches(h, receiverType, args.length))
          .forEach(n -> neutral.addAll(n.kinds()));
      Value v = sourceValue(row.threat(), at, at.toString(), neutral);
      if (row.output().kind() == AccessPath.Kind.RETURN_VALUE) {
        result = result.join(v);
      } else if (row.output().kind() == AccessPath.Kind.ARGUMENT) {
        for (int i = 0; i < argExprs.size(); i++) {
          String key = row.output().covers(i) ? variableKey(argExprs.get(i)) : null;
          if (key != null) s.update(key, s.has(key) ? s.get(key).join(v) : v);
        }
      }
    }
    List<Sanitizer> sanitizers = run.models.sanitizers(name).stream()
        .filter(row -> row.call().matches(h, receiverType, args.length) && row.when().holds(constants))
        .toList();
    boolean cleansAll = sanitizers.stream().anyMatch(Sanitizer::coversAll);
    if (!sanitizers.isEmpty()) {
      modelled = true;
      // rows that match together neutralise the union of their kinds, in one step
      Set<String> kinds = new java.util.LinkedHashSet<>();
      sanitizers.forEach(row -> kinds.addAll(row.kinds()));
      Value in = receiver.taintOnly();
      for (Value a : args) in = in.join(a.taintOnly());
      if (!cleansAll) {
        FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, path, at, Finding.normalise(at.toString())
            + " neutralises " + String.join(", ", kinds) + " only");
        result = result.join(in.mapTaints(t -> t.sanitizedFor(kinds, step)));
      }
    }
    List<Summary> summaries = run.models.summaries(name).stream()
        .filter(row -> row.call().matches(h, receiverType, args.length)).toList();
    Value written = Value.CLEAN;
    for (Summary row : summaries) {
      if (row.output().kind() != AccessPath.Kind.QUALIFIER) continue;
      for (int i = 0; i < args.length; i++) if (row.input().covers(i)) written = written.join(args[i].taintOnly());
    }
    for (Summary row : summaries) {
      modelled = true;
      Value in = Value.CLEAN;
      // the receiver as it is after the call: what the call wrote into it flows on with it, also
      // where no variable holds it (new StringBuilder().append(a).toString())
      if (row.input().kind() == AccessPath.Kind.QUALIFIER) in = receiver.taintOnly().join(written);
      for (int i = 0; i < args.length; i++) if (row.input().covers(i)) in = in.join(args[i].taintOnly());
      if (row.input().kind() == AccessPath.Kind.STORE || row.output().kind() == AccessPath.Kind.STORE) {
        result = result.join(storeCall(row, at, in, constants, argExprs, s));
        continue;
      }
      switch (row.output().kind()) {
        case RETURN_VALUE -> result = result.join(in);
        case QUALIFIER -> taintRoot(scope, in, s);
        case ARGUMENT -> {
          for (int i = 0; i < argExprs.size(); i++) if (row.output().covers(i)) taintRoot(argExprs.get(i), in, s);
        }
        default -> { }
      }
    }
    if (modelled) return result;
    if (NO_TEXT.matcher(name).matches()) return Value.CLEAN;
    // a number or a flag cannot carry markup, a query or a path, whatever it was computed from
    if (at instanceof MethodCallExpr call && TypeNames.isScalar(types.typeOf(call))) return Value.CLEAN;
    if (MAPPERS.contains(name) && argExprs.size() == 1 && isFunctional(argExprs.get(0))) {
      return args[0].taintOnly();
    }
    Value in = receiver.taintOnly();
    for (Value a : args) in = in.join(a.taintOnly());
    if (ESCAPER.matcher(name).matches()) {
      FlowStep step = FlowStep.at(FlowStep.Kind.SANITIZER, path, at, Finding.normalise(at.toString())
          + " is taken to escape " + String.join(", ", ESCAPED_KINDS) + " (by its name) only");
      return in.mapTaints(t -> t.sanitizedFor(ESCAPED_KINDS, step));
    }
    if (MUTATORS.contains(name) && scope != null) {
      // put(key, value) and setProperty(key, value): the key selects, the value is what is held
      int first = KEYED_MUTATORS.contains(name) && args.length == 2 ? 1 : 0;
      Value argsOnly = Value.CLEAN;
      for (int i = first; i < args.length; i++) argsOnly = argsOnly.join(args[i].taintOnly());
      taintRoot(scope, argsOnly, s);
    }
    if (scope != null && LOOKUPS.matcher(name).matches() && args.length > 0 && types.staticType(scope) == null) {
      // a lookup by key returns what the receiver holds, not the key: cache.get(k), findByKey(k)
      Value found = receiver.taintOnly();
      for (int i = 0; i < args.length; i++) {
        if (isFunctional(argExprs.get(i))) found = found.join(args[i].taintOnly());
      }
      return found;
    }
    return in;
  }

  /**
   * Adds taint to the variable at the root of a receiver chain ({@code sb} in {@code
   * sb.append(a).append(b)}); returns false if no variable is at the root.
   */
  private boolean taintRoot(Expression e, Value taint, State s) {
    if (e == null || !taint.tainted()) return false;
    Expression x = unwrap(e);
    while (x instanceof MethodCallExpr m && m.getScope().isPresent()) x = unwrap(m.getScope().get());
    String key = variableKey(x);
    if (key == null) return false;
    Value old = s.has(key) ? s.get(key) : Value.CLEAN;
    s.update(key, old.join(taint));
    if (!isLocal(key)) recordFieldWrite(key, taint, e);
    return true;
  }

  private void checkSink(Sink row, Node at, String name, Value v) {
    if (!v.tainted()) return;
    TaintRule rule = run.rule(row.kind());
    if (rule == null || run.hardened(owner, row.kind())) return;
    if (row.input().classCalls() != null && !run.calls(owner, row.input().classCalls())) return;
    if (row.kind().equals("xss") && answersWithoutHtml()) return;
    // a pattern compiled only to check its syntax, then dropped, is matched against nothing
    if (row.kind().equals("regex-injection") && at.getParentNode().orElse(null) instanceof ExpressionStmt) return;
    if (rule.quiet(name, QuietLevels.levelArgument(at)) || QuietLevels.guarded(at, rule)) return;
    SinkSite site = null;
    for (Taint t : v.taints()) {
      if (!t.reaches(row.kind()) || t.parameter() == RECEIVER) continue;
      if (site == null) {
        FlowStep step = FlowStep.at(FlowStep.Kind.SINK, path, at, rule.info().name() + " sink "
            + name + "(...) in " + label);
        site = new SinkSite(rule, step, label, rule.info().id() + "|" + label + "|" + step.code());
      }
      sinkReached(t, site);
    }
  }

  /**
   * Returns true if this method sets a constant content type that browsers do not render as HTML
   * (JSON, plain text, CSV, binary); what it writes to the response is then no script vector.
   */
  private boolean answersWithoutHtml() {
    if (plainResponse == null) {
      plainResponse = method.findAll(MethodCallExpr.class).stream().anyMatch(m -> {
        String name = m.getNameAsString();
        int type = name.equals("setContentType") || name.equals("contentType") ? 0
            : (name.equals("setHeader") || name.equals("addHeader")) && m.getArguments().size() == 2
              && "content-type".equalsIgnoreCase(String.valueOf(Constants.literal(m.getArgument(0)))) ? 1 : -1;
        if (type < 0 || m.getArguments().size() <= type) return false;
        return Constants.literal(m.getArgument(type)) instanceof String t ? NOT_HTML.matcher(t).find()
            : NOT_HTML_MEDIA.matcher(m.getArgument(type).toString()).find();
      }) || producesNoHtml();
    }
    return plainResponse;
  }

  private Value construct(ObjectCreationExpr o, State s) {
    run.deadline.check();
    String type = types.resolve(o.getType().getNameWithScope());
    Value[] args = arguments(o.getArguments(), s, Value.CLEAN);
    if (o.getAnonymousClassBody().isPresent()) {
      Value joined = Value.CLEAN;
      for (Value a : args) joined = joined.join(a.taintOnly());
      for (BodyDeclaration<?> member : o.getAnonymousClassBody().get()) {
        if (member instanceof MethodDeclaration m && m.getBody().isPresent()) {
          State inner = s.copy();
          for (Parameter p : m.getParameters()) {
            localTypes.put(p.getNameAsString(), types.resolve(p.getTypeAsString()));
            inner.set(p.getNameAsString(), Value.CLEAN);
          }
          nested(() -> exec(m.getBody().get(), inner));
        }
      }
      return joined;
    }
    ClassInfo c = run.project.classOf(type);
    if (c != null) {
      if (c.declaration() instanceof RecordDeclaration r) {
        Value joined = Value.CLEAN;
        for (int i = 0; i < r.getParameters().size() && i < args.length; i++) {
          joined = joined.join(args[i].taintOnly());
        }
        return joined;
      }
      Value made = Value.CLEAN;
      for (CallableDeclaration<?> ctor : c.constructors) {
        if (ctor.getParameters().size() == args.length) {
          made = made.join(applySummary(ctor, c, o, Value.CLEAN, args, o.getArguments(), s));
        }
      }
      return made;
    }
    return modelCall(o, CallPattern.simpleName(type), type, Value.CLEAN, args, constants(args), null,
        o.getArguments(), s);
  }

  /** Returns true if an expression's value is known and untainted (a constant or a clean variable). */
  boolean isTrusted(Expression e, State s) {
    Expression x = unwrap(e);
    if (x instanceof LiteralExpr) return true;
    if (x instanceof NameExpr n) return !readName(n.getNameAsString(), s).tainted();
    if (x instanceof FieldAccessExpr fa && (fa.getScope() instanceof ThisExpr || types.staticType(fa.getScope()) != null)) {
      return !readFieldAccess(fa, s).tainted();
    }
    if (x instanceof MethodCallExpr m && Set.of("of", "asList", "copyOf").contains(m.getNameAsString())) {
      return m.getArguments().stream().allMatch(a -> unwrap(a) instanceof LiteralExpr);
    }
    return false;
  }

  /** Returns the constant an expression is known to hold (a literal or a constant variable), or null. */
  Object constantOf(Expression e, State s) {
    Expression x = unwrap(e);
    Object c = Constants.literal(x);
    if (c == null && x instanceof NameExpr n) c = readName(n.getNameAsString(), s).constant();
    return c;
  }

  /** Returns the value a variable key holds, for guards. */
  Value valueOf(String key, State s) {
    Value v = s.get(key);
    return v == null ? Value.CLEAN : v;
  }

  /** Returns the path of the file being analysed. */
  String path() {
    return path;
  }
}
