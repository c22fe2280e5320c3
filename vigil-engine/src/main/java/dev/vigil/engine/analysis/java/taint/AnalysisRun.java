package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.java.taint.ModelRows.Hardening;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One analysis of a set of files: the summaries of their methods (computed on demand, bottom-up,
 * memoised), the facts about fields (what untrusted data any method stores in them), and the
 * findings. Methods are analysed in rounds until the field facts stop changing (at most
 * {@link #MAX_ROUNDS}). Not thread-safe: one per analysis.
 */
final class AnalysisRun {
  static final int MAX_ROUNDS = 3;

  final TaintModels models;
  final ProjectIndex project;
  final Set<String> threats;
  final Deadline deadline;
  private final Map<String, TaintRule> rulesByKind = new HashMap<>();
  private final Map<String, Value> fieldFacts = new HashMap<>();
  private final Map<CallableDeclaration<?>, Map<Map<Integer, String>, MethodSummary>> summaries =
      new IdentityHashMap<>();
  private final Set<CallableDeclaration<?>> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<ClassInfo, Set<String>> hardened = new IdentityHashMap<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private boolean fieldFactsChanged;

  AnalysisRun(TaintModels models, List<TaintRule> rules, ProjectIndex project, Set<String> threats,
      Deadline deadline) {
    this.models = models;
    this.project = project;
    this.threats = Set.copyOf(threats);
    this.deadline = deadline;
    for (TaintRule rule : rules) rulesByKind.put(rule.kind(), rule);
  }

  /** Analyses every method of the classes declared in {@code paths} and returns the findings. */
  List<Finding> findingsIn(Set<String> paths) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      fieldFactsChanged = false;
      summaries.clear();
      for (ClassInfo c : project.classes()) {
        if (!paths.contains(c.source().path())) continue;
        for (List<CallableDeclaration<?>> methods : c.methods.values()) {
          for (CallableDeclaration<?> m : methods) {
            if (ProjectIndex.hasBody(m)) summary(m, c);
          }
        }
        for (CallableDeclaration<?> ctor : c.constructors) summary(ctor, c);
      }
      if (!fieldFactsChanged) break;
    }
    return new ArrayList<>(findings.values());
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
    Map<Map<Integer, String>, MethodSummary> known = summaries.computeIfAbsent(method, m -> new HashMap<>());
    MethodSummary summary = known.get(types);
    if (summary != null) return summary;
    if (!inProgress.add(method)) return MethodSummary.EMPTY;
    try {
      MethodSummary computed = new MethodInterpreter(this, owner, method, types).summarise();
      known.put(Map.copyOf(types), computed);
      return computed;
    } finally {
      inProgress.remove(method);
    }
  }

  /** Returns the rule that watches a sink kind, or null if none does. */
  TaintRule rule(String kind) {
    return rulesByKind.get(kind);
  }

  /** Returns the class that declares a callable (or encloses it), or null. */
  ClassInfo ownerOf(Node node) {
    Node n = node.getParentNode().orElse(null);
    while (n != null) {
      ClassInfo c = project.of(n);
      if (c != null) return c;
      n = n.getParentNode().orElse(null);
    }
    return null;
  }

  /** Returns what is known of a field outside the method reading it: stored taint, final constant. */
  Value fieldValue(ClassInfo owner, String name) {
    Value facts = fieldFacts.getOrDefault(key(owner, name), Value.CLEAN);
    VariableDeclarator v = owner.fields.get(name);
    if (v != null && v.getInitializer().isPresent()
        && v.getParentNode().orElse(null) instanceof FieldDeclaration f && f.isFinal()) {
      Object constant = Constants.literal(v.getInitializer().get());
      if (constant != null && !facts.tainted()) return Value.constant(constant);
    }
    return facts;
  }

  /** Adds the real taints of a value stored in a field to the field's facts. */
  void storeInField(String fieldKey, Value value) {
    List<Taint> real = value.taints().stream().filter(t -> !t.symbolic()).toList();
    if (real.isEmpty()) return;
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

  /** Returns the key of a field in the field facts and in states. */
  static String key(ClassInfo owner, String name) {
    return owner.qualifiedName() + "." + name;
  }

  /** Returns true if a hardening call in the top-level class disarms sinks of {@code kind}. */
  boolean hardened(ClassInfo owner, String kind) {
    if (owner == null) return false;
    Set<String> kinds = hardened.computeIfAbsent(owner.topLevel(), top -> {
      Set<String> found = new HashSet<>();
      for (MethodCallExpr call : top.declaration().findAll(MethodCallExpr.class)) {
        harden(call.getNameAsString(), call.getArguments().toString(), found);
      }
      for (ObjectCreationExpr creation : top.declaration().findAll(ObjectCreationExpr.class)) {
        harden(creation.getType().getNameAsString(), creation.getArguments().toString(), found);
      }
      return found;
    });
    return kinds.contains(kind);
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

  /** Reports a real taint reaching a sink, once per rule and line (nested sinks count once). */
  void report(Taint taint, SinkSite site) {
    String id = site.rule().info().id() + "|" + site.step().path() + ":" + site.step().line();
    if (findings.containsKey(id)) return;
    findings.put(id, TaintFindings.finding(taint, site));
  }
}
