package dev.vigil.engine.analysis.java.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the analysis knows of a value: the taints it may carry (at most {@link #MAX_TAINTS}), its
 * constant value if known (a String, Long, Double, Boolean or Character; {@link #NULL} for null),
 * and, for a canonicalised path, the variable it was computed from.
 */
record Value(List<Taint> taints, Object constant, String canonicalOf) {
  static final int MAX_TAINTS = 4;
  /** The constant null. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };
  /** An unknown, untainted value. */
  static final Value CLEAN = new Value(List.of(), null, null);

  Value {
    taints = List.copyOf(taints);
  }

  /** Returns a known constant. */
  static Value constant(Object constant) {
    return new Value(List.of(), constant, null);
  }

  /** Returns a value carrying the given taints. */
  static Value of(List<Taint> taints) {
    return taints.isEmpty() ? CLEAN : new Value(taints, null, null);
  }

  /** Returns true if some taint may reach a sink. */
  boolean tainted() {
    return !taints.isEmpty();
  }

  /** Returns true if the value is a known constant. */
  boolean isConstant() {
    return constant != null;
  }

  /** Returns the union of two values: a constant survives only if both agree. */
  Value join(Value other) {
    if (other == null || other == this) return this;
    if (!other.tainted() && Objects.equals(constant, other.constant)
        && Objects.equals(canonicalOf, other.canonicalOf)) return this;
    List<Taint> merged = merge(taints, other.taints);
    Object c = Objects.equals(constant, other.constant) ? constant : null;
    String canon = Objects.equals(canonicalOf, other.canonicalOf) ? canonicalOf : null;
    return new Value(merged, c, canon);
  }

  /** Returns the taints of this value only, without constant or path facts. */
  Value taintOnly() {
    return taints.isEmpty() ? CLEAN : new Value(taints, null, null);
  }

  /** Returns this value with each taint replaced by {@code f}'s result (null drops it). */
  Value mapTaints(UnaryOperator<Taint> f) {
    if (taints.isEmpty()) return this;
    List<Taint> mapped = new ArrayList<>();
    for (Taint t : taints) {
      Taint m = f.apply(t);
      if (m != null) mapped.add(m);
    }
    return new Value(merge(mapped, List.of()), constant, canonicalOf);
  }

  /** Returns this value marked as a canonical path computed from {@code variable}. */
  Value canonical(String variable) {
    return new Value(taints, constant, variable == null ? "" : variable);
  }

  /**
   * Returns the union of two taint lists, one taint per identity; past {@link #MAX_TAINTS}, the
   * taints whose identities sort first, so what is kept does not depend on the order of joins.
   */
  static List<Taint> merge(List<Taint> a, List<Taint> b) {
    if (b.isEmpty() && a.size() <= MAX_TAINTS) return a;
    java.util.Map<String, Taint> byIdentity = new java.util.LinkedHashMap<>();
    for (List<Taint> list : List.of(a, b)) {
      for (Taint t : list) byIdentity.putIfAbsent(t.identity(), t);
    }
    if (byIdentity.size() <= MAX_TAINTS) return new ArrayList<>(byIdentity.values());
    return new java.util.TreeMap<>(byIdentity).values().stream().limit(MAX_TAINTS).toList();
  }
}
