package dev.vigil.engine.analysis.taint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the analysis knows of a value: the taints it may carry (at most {@link #MAX_TAINTS}), its
 * constant if known (String, Number or Boolean), the API it denotes if known (a module, a model
 * type such as {@code express.Request}, or a path such as {@code os.path.join}), the elements of a
 * literal collection by key ({@code "0"}, {@code "1"}... for positions), and the function it is.
 */
record Value(List<Taint> taints, Object constant, String api, Map<String, Value> elements,
    Callable function) {
  static final int MAX_TAINTS = 4;
  /** An unknown, untainted value. */
  static final Value CLEAN = new Value(List.of(), null, null, null, null);

  Value {
    taints = List.copyOf(taints);
    elements = elements == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(elements));
  }

  /** A function value: its definition and the state it was created in (for closures). */
  record Callable(Stmt.FunctionDef definition, State closure) {}

  static Value constant(Object constant) {
    return new Value(List.of(), constant, null, null, null);
  }

  static Value api(String api) {
    return new Value(List.of(), null, api, null, null);
  }

  static Value of(List<Taint> taints) {
    return taints.isEmpty() ? CLEAN : new Value(taints, null, null, null, null);
  }

  static Value collection(Map<String, Value> elements) {
    List<Taint> all = new ArrayList<>();
    elements.values().forEach(v -> all.addAll(v.taints));
    return new Value(merge(all, List.of()), null, null, elements, null);
  }

  static Value function(Callable callable) {
    return new Value(List.of(), null, null, null, callable);
  }

  boolean tainted() {
    return !taints.isEmpty();
  }

  /** Returns true if the value is a literal collection (a list, dict, array or object). */
  boolean isCollection() {
    return elements != null;
  }

  Value withApi(String newApi) {
    return new Value(taints, constant, newApi, elements, function);
  }

  Value withTaints(List<Taint> newTaints) {
    return new Value(merge(newTaints, List.of()), constant, api, elements, function);
  }

  /** Returns the element at {@code key} of a literal collection, or null. */
  Value element(String key) {
    return elements == null ? null : elements.get(key);
  }

  /** Returns only the taints of this value. */
  Value taintOnly() {
    return of(taints);
  }

  /** Returns the union: constant, API and elements survive only where both agree. */
  Value join(Value other) {
    if (other == null || other == this) return this;
    List<Taint> merged = merge(taints, other.taints);
    Object c = Objects.equals(constant, other.constant) ? constant : null;
    String a = Objects.equals(api, other.api) ? api : api == null ? other.api : other.api == null ? api : null;
    Map<String, Value> e = Objects.equals(elements, other.elements) ? elements : null;
    Callable f = Objects.equals(function, other.function) ? function : function == null ? other.function : function;
    return new Value(merged, c, a, e, f);
  }

  /** Returns this value with each taint replaced by {@code f}'s result (null drops it). */
  Value mapTaints(UnaryOperator<Taint> f) {
    if (taints.isEmpty()) return this;
    List<Taint> mapped = new ArrayList<>();
    for (Taint t : taints) {
      Taint m = f.apply(t);
      if (m != null) mapped.add(m);
    }
    return withTaints(mapped);
  }

  static List<Taint> merge(List<Taint> a, List<Taint> b) {
    if (b.isEmpty() && a.size() <= MAX_TAINTS && distinct(a)) return a;
    List<Taint> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<Taint> list : List.of(a, b)) {
      for (Taint t : list) {
        if (out.size() >= MAX_TAINTS) return out;
        if (seen.add(t.identity())) out.add(t);
      }
    }
    return out;
  }

  private static boolean distinct(List<Taint> taints) {
    if (taints.size() < 2) return true;
    Set<String> seen = new HashSet<>();
    for (Taint t : taints) {
      if (!seen.add(t.identity())) return false;
    }
    return true;
  }
}
