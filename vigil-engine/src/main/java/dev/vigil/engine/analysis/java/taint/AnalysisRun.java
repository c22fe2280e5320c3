package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.vigil.engine.analysis.FileKind;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.java.taint.ModelRows.Hardening;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One analysis of a set of files: the summaries of their methods (computed on demand, bottom-up,
 * memoised), the facts about fields (what untrusted data any method stores in them), and the
 * findings. Methods are analysed in rounds until the field facts stop changing (at most
 * {@link #MAX_ROUNDS}). With a {@link SummaryCache}, a summary an earlier run computed is reused by
 * replaying its trace when everything it read is unchanged. Not thread-safe: one per analysis.
 */
final class AnalysisRun {
  static final int MAX_ROUNDS = 3;

  final TaintModels models;
  final ProjectIndex project;
  final Set<String> threats;
  /** The deadline of the file being analysed now: its own budget, within the run's. */
  Deadline deadline;
  private final Deadline runDeadline;
  private final long fileBudgetMillis;
  /** Entry files given up on because their analysis outlasted their budget, and why. */
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final Map<String, TaintRule> rulesByKind = new HashMap<>();
  private final Set<String> perSourceRules = new HashSet<>();
  private final Map<String, Value> fieldFacts = new HashMap<>();
  private final Map<CallableDeclaration<?>, Map<Map<Integer, String>, MethodSummary>> summaries =
      new IdentityHashMap<>();
  /** The summaries of the previous round, for recursive calls. */
  private final Map<CallableDeclaration<?>, Map<Map<Integer, String>, MethodSummary>> earlierSummaries =
      new IdentityHashMap<>();
  /** The summaries recursive calls got in this round, by method and parameter types. */
  private final Map<CallableDeclaration<?>, Map<Map<Integer, String>, MethodSummary>> recursiveCuts =
      new IdentityHashMap<>();
  private final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<ClassInfo, Set<String>> hardened = new IdentityHashMap<>();
  /** Findings by reporting file, then by rule and sink line. */
  private final Map<String, Map<String, Finding>> findings = new LinkedHashMap<>();
  /** The reporting file of each method being interpreted, innermost last. */
  private final java.util.ArrayDeque<String> reporters = new java.util.ArrayDeque<>();
  /** The field facts each reporting file stored, and the fields each one read. */
  private final Map<String, Map<String, Value>> writesByReporter = new HashMap<>();
  private final Map<String, Set<String>> readsByReporter = new HashMap<>();
  /** Syntax facts found once per run: the targets each loop assigns, the names each method assigns. */
  private final Map<Node, List<Expression>> loopTargets =
      new IdentityHashMap<>();
  private final Map<CallableDeclaration<?>, Set<String>> assignedNames = new IdentityHashMap<>();
  private final Map<CallableDeclaration<?>, Set<String>> escapedKinds = new IdentityHashMap<>();
  private final Map<CallableDeclaration<?>, String> labels = new IdentityHashMap<>();
  private boolean fieldFactsChanged;
  private int round;
  /** Summaries kept across runs (null: none), and the traces of the summaries being computed. */
  private final SummaryCache cache;
  private final java.util.ArrayDeque<SummaryCache.Trace> traces = new java.util.ArrayDeque<>();

  AnalysisRun(TaintModels models, List<TaintRule> rules, ProjectIndex project, Set<String> threats,
      Deadline deadline, long fileBudgetMillis) {
    this(models, rules, project, threats, deadline, fileBudgetMillis, Map.of(), null);
  }

  /**
   * Creates a run whose fields already hold {@code knownFacts}: what files not analysed in this
   * run store in them. Each entry file has {@code fileBudgetMillis} within the run's deadline.
   * Summaries are reused from and kept in {@code cache} (null: none), which must have been {@link
   * SummaryCache#open opened} for this run's files.
   */
  AnalysisRun(TaintModels models, List<TaintRule> rules, ProjectIndex project, Set<String> threats,
      Deadline deadline, long fileBudgetMillis, Map<String, Value> knownFacts, SummaryCache cache) {
    this.cache = cache;
    if (cache != null) {
      project.listen((question, answer) -> {
        if (!traces.isEmpty()) traces.peek().lookup(question, answer);
      });
    }
    this.models = models;
    this.project = project;
    this.threats = Set.copyOf(threats);
    this.deadline = deadline;
    this.runDeadline = deadline;
    this.fileBudgetMillis = fileBudgetMillis;
    this.fieldFacts.putAll(knownFacts);
    for (TaintRule rule : rules) {
      rulesByKind.put(rule.kind(), rule);
      if (rule.perSource()) perSourceRules.add(rule.info().id());
    }
  }

  /** Returns the untrusted data each reporting file's analysis stored in fields, by field key. */
  Map<String, Map<String, Value>> fieldWrites() {
    return writesByReporter;
  }

  /** Returns the entry files whose analysis outlasted their budget, with the reason. */
  Map<String, String> failures() {
    return failures;
  }

  /** Returns the keys of the fields each reporting file's analysis read. */
  Map<String, Set<String>> fieldReads() {
    return readsByReporter;
  }

  /**
   * Analyses every method of the classes declared in {@code paths} and returns the findings, each
   * flow once (per rule and sink line) whichever file reported it.
   */
  List<Finding> findingsIn(Set<String> paths) {
    Map<String, Finding> unique = new LinkedHashMap<>();
    Map<String, List<Finding>> byReporter = findingsByReporter(paths);
    if (!failures.isEmpty()) throw new AnalysisBudgetExceededException(failures.values().iterator().next());
    byReporter.values().forEach(found -> found.forEach(f ->
        unique.merge(f.ruleId() + "|" + f.location().path() + ":" + f.location().line(), f, AnalysisRun::first)));
    return new ArrayList<>(unique.values());
  }

  /**
   * Analyses every method of the classes declared in {@code paths} and returns the findings by
   * reporting file, for each of {@code paths} (empty lists included). A finding's reporting file
   * is the file of the method whose analysis found the untrusted data reaching the sink; when that
   * method was analysed with parameter types a caller supplied, the caller's file reports it. So a
   * file's findings depend only on it and on the code it calls, and change only when one of those
   * files changes.
   */
  Map<String, List<Finding>> findingsByReporter(Set<String> paths) {
    for (round = 0; round < MAX_ROUNDS; round++) {
      fieldFactsChanged = false;
      recursiveCuts.clear();
      earlierSummaries.clear();
      earlierSummaries.putAll(summaries);
      summaries.clear();
      String file = null;
      for (ClassInfo c : project.classes()) {
        String path = c.source().path();
        if (!paths.contains(path) || failures.containsKey(path)) continue;
        if (!path.equals(file)) {
          file = path;
          // Each file has a budget of its own; the whole run is bounded by its thread's limit.
          deadline = Deadline.in(fileBudgetMillis, path);
        }
        try {
          analyseMethods(c);
        } catch (AnalysisBudgetExceededException e) {
          // One slow file is given up on; the others of the run are still analysed.
          failures.put(path, e.getMessage());
          findings.remove(path);
        }
      }
      if (!fieldFactsChanged && !recursionUnsettled()) break;
    }
    deadline = runDeadline;
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (String path : paths) {
      byFile.put(path, onePerSink(findings.getOrDefault(path, Map.of()).values()));
    }
    return byFile;
  }

  /**
   * Returns the findings with those of a rule with one finding per source that share a sink line
   * kept once, for the source whose identity sorts first: several sources logged by one call are
   * one place to fix. The choice depends only on the set of findings.
   */
  private List<Finding> onePerSink(java.util.Collection<Finding> found) {
    Map<String, Finding> kept = new LinkedHashMap<>();
    for (Finding f : found) {
      String key = f.ruleId() + "|" + f.location().path() + ":" + f.location().line();
      kept.merge(perSourceRules.contains(f.ruleId()) ? key : key + "|" + f.contextKey(), f,
          AnalysisRun::first);
    }
    return new ArrayList<>(kept.values());
  }

  /** Returns true if a recursive call got a summary other than the one its method ended with. */
  private boolean recursionUnsettled() {
    for (var cut : recursiveCuts.entrySet()) {
      Map<Map<Integer, String>, MethodSummary> computed = summaries.getOrDefault(cut.getKey(), Map.of());
      for (var used : cut.getValue().entrySet()) {
        MethodSummary now = computed.get(used.getKey());
        if (now != null && !now.sameFlows(used.getValue())) return true;
      }
    }
    return false;
  }

  private void analyseMethods(ClassInfo c) {
    for (List<CallableDeclaration<?>> methods : c.methods.values()) {
      for (CallableDeclaration<?> m : methods) {
        if (ProjectIndex.hasBody(m)) summary(m, c);
      }
    }
    for (CallableDeclaration<?> ctor : c.constructors) summary(ctor, c);
  }

  /** Returns the summary of a project method, computing it if needed; empty while recursing. */
  MethodSummary summary(CallableDeclaration<?> method, ClassInfo owner) {
    return summary(method, owner, Map.of());
  }

  /**
   * Returns the summary of a project method whose parameters of the given indexes hold values of
   * more precise types than declared (a response writer passed as a PrintWriter).
   */
  MethodSummary summary(CallableDeclaration<?> method, ClassInfo owner, Map<Integer, String> types) {
    String reporter = types.isEmpty() || reporters.isEmpty() ? owner.source().path() : reporters.peek();
    // A variant for a caller's types reports for that caller, so it is kept per reporting file.
    Map<Integer, String> memo = types;
    if (!types.isEmpty()) {
      memo = new HashMap<>(types);
      memo.put(-1, reporter);
    }
    Map<Map<Integer, String>, MethodSummary> known = summaries.computeIfAbsent(method, m -> new HashMap<>());
    MethodSummary summary = known.get(memo);
    SummaryCache.Trace caller = traces.peek();
    SummaryCache.Key key = cache == null ? null : new SummaryCache.Key(method, owner, Map.copyOf(memo), round);
    if (summary != null) {
      if (caller != null) caller.call(call(method, owner, types, summary), cache.sourcesOf(key));
      return summary;
    }
    if (!inProgress.add(method)) {
      // a recursive call: what the method did in the previous round (nothing in the first)
      MethodSummary earlier = earlierSummaries.getOrDefault(method, Map.of()).getOrDefault(memo, MethodSummary.EMPTY);
      recursiveCuts.computeIfAbsent(method, m -> new HashMap<>()).put(Map.copyOf(memo), earlier);
      // what a replay's call then gets depends on the stack and the round, as it did here
      if (caller != null) caller.call(call(method, owner, types, earlier), Set.of(owner.source()));
      return earlier;
    }
    reporters.push(reporter);
    try {
      MethodSummary computed = key == null ? null : replayed(key);
      if (computed == null) computed = interpreted(method, owner, types, key);
      known.put(Map.copyOf(memo), computed);
      if (caller != null) caller.call(call(method, owner, types, computed), cache.sourcesOf(key));
      return computed;
    } finally {
      inProgress.remove(method);
      reporters.pop();
    }
  }

  private static SummaryCache.Call call(CallableDeclaration<?> method, ClassInfo owner,
      Map<Integer, String> types, MethodSummary summary) {
    return new SummaryCache.Call(method, owner, Map.copyOf(types), summary);
  }

  /** Interprets a method, tracing what it reads and does when summaries are cached. */
  private MethodSummary interpreted(CallableDeclaration<?> method, ClassInfo owner,
      Map<Integer, String> types, SummaryCache.Key key) {
    if (key == null) return new MethodInterpreter(this, owner, method, types).summarise();
    SummaryCache.Trace trace = new SummaryCache.Trace(owner.source());
    traces.push(trace);
    MethodSummary computed;
    try {
      computed = new MethodInterpreter(this, owner, method, types).summarise();
    } finally {
      traces.pop();
    }
    computed = cache.canonical(owner.source().path() + "|" + owner.qualifiedName() + "|"
        + label(owner, method) + "|" + key.variant() + "|" + key.round(), computed);
    cache.put(key, computed, trace);
    return computed;
  }

  /**
   * Returns a cached summary after replaying its trace, or null if there is none or a step reads
   * otherwise now (a lookup answers differently, a field or a callee's summary changed). The steps
   * before the one that differs were what interpreting the method does first, so the interpreter
   * then repeats them: stores and reports are idempotent, and {@link SummaryCache.Trace} keeps no
   * summary that reads a field it stores.
   */
  private MethodSummary replayed(SummaryCache.Key key) {
    SummaryCache.Entry entry = cache.get(key);
    if (entry == null) return null;
    // what the steps' own calls trace is not needed: the entry already holds it
    traces.push(new SummaryCache.Trace(key.owner().source()));
    try {
      for (SummaryCache.Step step : entry.steps()) {
        if (!replayed(step)) return null;
      }
      cache.reused();
      return entry.summary();
    } finally {
      traces.pop();
    }
  }

  private boolean replayed(SummaryCache.Step step) {
    if (step instanceof SummaryCache.Lookup l) {
      return SummaryCache.same(l.question().answer(project), l.answer());
    } else if (step instanceof SummaryCache.FieldRead r) {
      return SummaryCache.same(fieldValue(r.owner(), r.name()), r.value());
    } else if (step instanceof SummaryCache.EntryRead r) {
      return SummaryCache.same(entryValue(r.key()), r.value());
    } else if (step instanceof SummaryCache.FieldStore w) {
      storeInField(w.key(), w.value());
    } else if (step instanceof SummaryCache.Report r) {
      report(r.taint(), r.site());
    } else if (step instanceof SummaryCache.Call c) {
      return summary(c.callee(), c.owner(), c.types()) == c.summary();
    }
    return true;
  }

  /** Returns the rule that watches a sink kind, or null if none does. */
  TaintRule rule(String kind) {
    return rulesByKind.get(kind);
  }

  /** Returns the class that declares a callable (or encloses it), or null. */
  ClassInfo ownerOf(Node node) {
    return project.ownerOf(node);
  }

  /** Returns what is known of a field outside the method reading it: stored taint, final constant. */
  Value fieldValue(ClassInfo owner, String name) {
    if (!reporters.isEmpty()) {
      readsByReporter.computeIfAbsent(reporters.peek(), r -> new HashSet<>()).add(key(owner, name));
    }
    Value facts = fieldFacts.getOrDefault(key(owner, name), Value.CLEAN);
    VariableDeclarator v = owner.fields.get(name);
    if (v != null && v.getInitializer().isPresent()
        && v.getParentNode().orElse(null) instanceof FieldDeclaration f && f.isFinal()) {
      Object constant = Constants.literal(v.getInitializer().get());
      if (constant != null && !facts.tainted()) facts = Value.constant(constant);
    }
    if (!traces.isEmpty()) traces.peek().read(owner, name, facts);
    return facts;
  }

  /** Returns the untrusted data any method stored in a store entry ({@link AttributeStores}). */
  Value entryValue(String entry) {
    if (!reporters.isEmpty()) readsByReporter.computeIfAbsent(reporters.peek(), r -> new HashSet<>()).add(entry);
    Value facts = fieldFacts.getOrDefault(entry, Value.CLEAN);
    if (!traces.isEmpty()) traces.peek().readEntry(entry, facts);
    return facts;
  }

  /** Adds the real taints of a value stored in a field to the field's facts. */
  void storeInField(String fieldKey, Value value) {
    List<Taint> real = value.taints().stream().filter(t -> !t.symbolic()).toList();
    if (real.isEmpty()) return;
    if (!traces.isEmpty()) traces.peek().store(fieldKey, value);
    if (!reporters.isEmpty()) {
      writesByReporter.computeIfAbsent(reporters.peek(), r -> new HashMap<>())
          .merge(fieldKey, Value.of(real).taintOnly(), Value::join);
    }
    Value old = fieldFacts.getOrDefault(fieldKey, Value.CLEAN);
    Value joined = old.join(Value.of(real));
    Set<String> before = new HashSet<>();
    old.taints().forEach(t -> before.add(t.identity()));
    boolean grew = joined.taints().stream().anyMatch(t -> !before.contains(t.identity()));
    if (grew) {
      fieldFacts.put(fieldKey, joined.taintOnly());
      fieldFactsChanged = true;
    }
  }

  /** Returns true if a field key names an instance (not static) field of a project class. */
  boolean isInstanceField(String fieldKey) {
    return project.isInstanceField(fieldKey);
  }

  /** Returns the expressions the loop with this body assigns, found by {@code find} once. */
  List<Expression> loopTargets(Node body,
      Supplier<List<Expression>> find) {
    return loopTargets.computeIfAbsent(body, b -> find.get());
  }

  /** Returns the evidence label of a method of {@code owner}, printed once per run. */
  String label(ClassInfo owner, CallableDeclaration<?> method) {
    return labels.computeIfAbsent(method, m -> MethodInterpreter.label(owner, m));
  }

  /** Returns the sink kinds a project method escapes by hand in what it returns (see {@link HandWrittenEscapers}). */
  Set<String> escapedKinds(CallableDeclaration<?> method) {
    return escapedKinds.computeIfAbsent(method, HandWrittenEscapers::kinds);
  }

  /** Returns the simple names a method assigns anywhere in its body. */
  Set<String> assignedNames(CallableDeclaration<?> method) {
    return assignedNames.computeIfAbsent(method, m -> {
      Set<String> names = new HashSet<>();
      m.findAll(AssignExpr.class).forEach(a -> {
        if (a.getTarget() instanceof NameExpr n) names.add(n.getNameAsString());
      });
      return names;
    });
  }

  /** Returns the key of a field in the field facts and in states. */
  static String key(ClassInfo owner, String name) {
    return owner.qualifiedName() + "." + name;
  }

  /** Returns true if a hardening call in the top-level class disarms sinks of {@code kind}. */
  boolean hardened(ClassInfo owner, String kind) {
    if (owner == null) return false;
    Set<String> kinds = hardened.computeIfAbsent(owner.topLevel(), top -> {
      Set<String> found = new HashSet<>();
      // Printing arguments is costly and almost no call is a hardening call: names come first.
      for (MethodCallExpr call : top.declaration().findAll(MethodCallExpr.class)) {
        String name = call.getNameAsString();
        if (models.hardening(name).isEmpty()) continue;
        harden(name, HardeningArguments.text(call.getArguments(), top.declaration()), found);
      }
      for (ObjectCreationExpr creation : top.declaration().findAll(ObjectCreationExpr.class)) {
        String name = creation.getType().getNameAsString();
        if (models.hardening(name).isEmpty()) continue;
        harden(name, creation.getArguments() + creation.getAnonymousClassBody()
            .map(AnalysisRun::overriddenNames).orElse(""), found);
      }
      return found;
    });
    return kinds.contains(kind);
  }

  /**
   * Returns the methods an anonymous class body declares, as {@code " {a, b}"}: a hardening row
   * may name the method an own subclass overrides to refuse what the parent allows.
   */
  private static String overriddenNames(List<com.github.javaparser.ast.body.BodyDeclaration<?>> body) {
    return body.stream().filter(d -> d.isMethodDeclaration())
        .map(d -> d.asMethodDeclaration().getNameAsString())
        .collect(java.util.stream.Collectors.joining(", ", " {", "}"));
  }

  /** Returns true if the top-level class of {@code owner} calls a method whose name matches. */
  boolean calls(ClassInfo owner, java.util.regex.Pattern method) {
    if (owner == null) return false;
    return owner.topLevel().declaration().findFirst(MethodCallExpr.class,
        call -> method.matcher(call.getNameAsString()).matches()).isPresent();
  }

  private void harden(String method, String arguments, Set<String> found) {
    for (Hardening h : models.hardening(method)) {
      if (h.arguments().matcher(arguments).matches()) found.add(h.kind());
    }
  }

  /**
   * Reports a real taint reaching a sink, unless the rule leaves its threat-model kind to another
   * rule or the flow runs through test code, once per
   * reporting file, rule and line (nested sinks count once); for a rule with one finding per source, once per reporting file, rule and source,
   * at the first of its sinks in path and line order, so the choice does not depend on the order
   * in which the sinks were reached.
   */
  void report(Taint taint, SinkSite site) {
    if (!site.rule().reports(taint.threat())) return;
    if (!traces.isEmpty()) traces.peek().report(taint, site);
    // a flow through test code does not run in the product
    if (FileKind.isInTestSourceTree(site.step().path())
        || FlowPath.steps(taint.path()).stream().anyMatch(step -> FileKind.isInTestSourceTree(step.path()))) {
      return;
    }
    Map<String, Finding> found = findings.computeIfAbsent(reporters.peek(), path -> new LinkedHashMap<>());
    if (!site.rule().perSource()) {
      String id = site.rule().info().id() + "|" + site.step().path() + ":" + site.step().line();
      Finding kept = found.get(id);
      Finding flow = TaintFindings.finding(taint, site);
      // the surest flow, then the source that sorts first, so the evidence shown does not depend
      // on the order of flows
      if (kept == null || first(kept, flow) == flow) found.put(id, flow);
      return;
    }
    FlowStep source = FlowPath.first(taint.path());
    String id = site.rule().info().id() + "|source " + source.path() + ":" + source.line() + ":" + source.column();
    Finding kept = found.get(id);
    if (kept == null || BY_LOCATION.compare(site.step().location(), kept.location()) < 0) {
      found.put(id, TaintFindings.finding(taint, site));
    }
  }

  /**
   * Returns the one of two findings of a sink with the higher confidence (a flow from remote input
   * over one from a library's API), then whose context key, then source, sorts first.
   */
  private static Finding first(Finding a, Finding b) {
    int order = a.confidence().compareTo(b.confidence());
    if (order == 0) order = a.contextKey().compareTo(b.contextKey());
    if (order == 0) order = BY_LOCATION.compare(sourceOf(a), sourceOf(b));
    return order <= 0 ? a : b;
  }

  private static Location sourceOf(Finding f) {
    return f.evidence().isEmpty() ? f.location() : f.evidence().get(0).location();
  }

  private static final Comparator<Location> BY_LOCATION =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);
}
