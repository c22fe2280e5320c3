package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Method summaries kept from one analysis of a tree to the next (the commits of a history pass),
 * each with the trace of what computing it read and did, in order: the index lookups and their
 * answers, the field facts and store entries read, the callees' summaries, the field stores and the findings
 * reported. A later run reuses a summary by replaying its trace ({@link AnalysisRun}): every
 * lookup must answer alike in the new index, every field read and callee summary must be the same,
 * and the stores and findings are done again, so the run ends as if it had interpreted the method.
 *
 * <p>A summary is kept only while every file its trace touched (its own, its callees', those of the
 * classes and methods its lookups answered) is in the tree as the same parsed version, and only for
 * the models, rules, threats and project type hierarchy it was computed with: a change of any of
 * those clears the cache. Bounded by an estimate of its size; past it the least recently used
 * summaries are dropped and computed again when needed. Thread-safe.
 */
final class SummaryCache {
  private final long maxWeight;
  private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long weight;
  private long reuses;
  /** The last taint-free summary of each method by name (see {@link #canonical}), bounded. */
  private final Map<String, MethodSummary> taintFree = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, MethodSummary> eldest) {
      return size() > 100_000;
    }
  };
  private List<Object> configuration = List.of();
  private Set<String> edges = Set.of();
  private Set<JavaSource> tree = Set.of();

  /** Creates a cache of at most about {@code maxBytes} of traces and summaries. */
  SummaryCache(long maxBytes) {
    this.maxWeight = maxBytes;
  }

  /** Returns a cache bounded by a tenth of the heap the process may use. */
  static SummaryCache forHeap() {
    return new SummaryCache(Runtime.getRuntime().maxMemory() / 10);
  }

  /**
   * A summary's identity: the method (by identity), its class in the tree, its variant and the
   * run's round (recursive calls get the previous round's summaries, so each round keeps its own).
   */
  record Key(CallableDeclaration<?> method, ClassInfo owner, Map<Integer, String> variant, int round) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.method == method && k.owner == owner && k.round == round
          && k.variant.equals(variant);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(method) * 31 + variant.hashCode()) * 31 + round;
    }
  }

  /** One step of a summary's computation, replayed in order when the summary is reused. */
  sealed interface Step {}

  /** An index lookup and its answer. */
  record Lookup(ProjectIndex.Lookup question, Object answer) implements Step {}

  /** A field's facts read from the run, as they were. */
  record FieldRead(ClassInfo owner, String name, Value value) implements Step {}

  /** A store entry's facts read from the run, as they were ({@link AttributeStores}). */
  record EntryRead(String key, Value value) implements Step {}

  /** Untrusted data stored in a field's facts. */
  record FieldStore(String key, Value value) implements Step {}

  /** A finding reported from a real source reaching a sink. */
  record Report(Taint taint, SinkSite site) implements Step {}

  /** A callee's summary, for the parameter types the call gave. */
  record Call(CallableDeclaration<?> callee, ClassInfo owner, Map<Integer, String> types,
      MethodSummary summary) implements Step {}

  /**
   * What one summary's computation read and did. It cannot be reused when it called a summary the
   * cache does not hold (a recursive call's is the one the run had then, replayed alike), or read a
   * field before storing into it (a replay given up after the store would let the computation
   * that follows read its own store).
   */
  static final class Trace {
    final List<Step> steps = new ArrayList<>();
    final Set<JavaSource> sources = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> fieldsRead = new java.util.HashSet<>();
    boolean reusable = true;

    Trace(JavaSource own) {
      sources.add(own);
    }

    void read(ClassInfo owner, String name, Value value) {
      fieldsRead.add(AnalysisRun.key(owner, name));
      sources.add(owner.source());
      steps.add(new FieldRead(owner, name, value));
    }

    void readEntry(String key, Value value) {
      fieldsRead.add(key);
      steps.add(new EntryRead(key, value));
    }

    void store(String key, Value value) {
      if (fieldsRead.contains(key)) reusable = false;
      steps.add(new FieldStore(key, value));
    }

    void report(Taint taint, SinkSite site) {
      steps.add(new Report(taint, site));
    }

    void lookup(ProjectIndex.Lookup question, Object answer) {
      if (answer instanceof ClassInfo c) sources.add(c.source());
      steps.add(new Lookup(question, answer));
    }

    /** Records a callee's summary; {@code calleeSources} is null when the cache lacks it. */
    void call(Call call, Set<JavaSource> calleeSources) {
      if (calleeSources == null) reusable = false; else sources.addAll(calleeSources);
      steps.add(call);
    }
  }

  /** A reusable summary and the trace that computed it. */
  record Entry(MethodSummary summary, List<Step> steps, Set<JavaSource> sources, long weight) {}

  /**
   * Starts a run over {@code sources} with an index whose own hierarchy edges are {@code edges}:
   * drops everything when the configuration or the edges differ from the last run's, and the
   * summaries that touched a file no longer in the tree.
   */
  synchronized void open(List<Object> configuration, Set<String> edges, List<JavaSource> sources) {
    Set<JavaSource> now = Collections.newSetFromMap(new IdentityHashMap<>());
    now.addAll(sources);
    if (!configuration.equals(this.configuration) || !edges.equals(this.edges)) {
      entries.clear();
      weight = 0;
    } else {
      Set<JavaSource> departed = Collections.newSetFromMap(new IdentityHashMap<>());
      for (JavaSource s : tree) if (!now.contains(s)) departed.add(s);
      if (!departed.isEmpty()) {
        entries.values().removeIf(e -> {
          boolean stale = e.sources.stream().anyMatch(departed::contains);
          if (stale) weight -= e.weight;
          return stale;
        });
      }
    }
    this.configuration = List.copyOf(configuration);
    this.edges = Set.copyOf(edges);
    this.tree = now;
  }

  /** Returns the entry of a summary whose files are all in the tree, or null. */
  synchronized Entry get(Key key) {
    Entry e = entries.get(key);
    if (e == null) return null;
    for (JavaSource s : e.sources) if (!tree.contains(s)) return null;
    return e;
  }

  /** Returns the files a kept summary touched, or null if the cache does not hold it. */
  synchronized Set<JavaSource> sourcesOf(Key key) {
    Entry e = entries.get(key);
    return e == null ? null : e.sources;
  }

  /** Keeps a summary computed with {@code trace}, if it can be reused; drops the least used past the bound. */
  synchronized void put(Key key, MethodSummary summary, Trace trace) {
    if (!trace.reusable) return;
    long w = 200 + 64L * trace.steps.size() + 16L * trace.sources.size() + 300L * taints(summary);
    Entry old = entries.put(key, new Entry(summary, List.copyOf(trace.steps), trace.sources, w));
    if (old != null) weight -= old.weight;
    weight += w;
    var eldest = entries.values().iterator();
    while (weight > maxWeight && eldest.hasNext()) {
      weight -= eldest.next().weight;
      eldest.remove();
    }
  }

  /**
   * Returns {@code computed}, or the summary an earlier run computed for the method of the same
   * file, class, signature, variant and round when both carry no taint and are equal: then the
   * callers' traces, which compare callee summaries by identity, still hold after an edit elsewhere
   * in the method's file. Summaries with taints are not shared: their flow steps hold the syntax
   * of their own file's version.
   */
  synchronized MethodSummary canonical(String name, MethodSummary computed) {
    if (!taintFree(computed)) return computed;
    MethodSummary earlier = taintFree.putIfAbsent(name, computed);
    if (earlier == null || earlier.equals(computed)) return earlier == null ? computed : earlier;
    taintFree.put(name, computed);
    return computed;
  }

  private static boolean taintFree(MethodSummary s) {
    return !s.returned().tainted() && s.sinkFlows().isEmpty() && s.fieldWrites().isEmpty()
        && s.parameterWrites().isEmpty() && !s.thrown().tainted();
  }

  /** Drops every summary. */
  synchronized void clear() {
    entries.clear();
    taintFree.clear();
    weight = 0;
    tree = Set.of();
  }

  /** Counts a summary reused by replaying its trace. */
  synchronized void reused() {
    reuses++;
  }

  /** Returns how many times a kept summary was reused. */
  synchronized long reuses() {
    return reuses;
  }

  /** Returns how many summaries are kept. */
  synchronized int size() {
    return entries.size();
  }

  private static int taints(MethodSummary s) {
    int n = s.returned().taints().size() + s.sinkFlows().size() + s.thrown().taints().size();
    for (Value v : s.fieldWrites().values()) n += v.taints().size();
    for (Value v : s.parameterWrites().values()) n += v.taints().size();
    return n;
  }

  /**
   * Returns true if two answers to one lookup are the same: classes and methods by identity,
   * lists element by element, names and flags by value.
   */
  static boolean same(Object a, Object b) {
    if (a == b) return true;
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) return false;
      for (int i = 0; i < x.size(); i++) if (x.get(i) != y.get(i)) return false;
      return true;
    }
    return (a instanceof String || a instanceof Boolean) && a.equals(b);
  }

  /** Returns true if two values carry the same taint objects, constant and path facts. */
  static boolean same(Value a, Value b) {
    if (a == b) return true;
    if (!java.util.Objects.equals(a.constant(), b.constant())
        || !java.util.Objects.equals(a.canonicalOf(), b.canonicalOf())) return false;
    return same(a.taints(), (Object) b.taints());
  }
}
