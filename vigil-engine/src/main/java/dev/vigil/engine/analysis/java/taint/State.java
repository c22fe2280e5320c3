package dev.vigil.engine.analysis.java.taint;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The flow-sensitive facts at one program point: the value of each variable (locals by name,
 * fields as {@code this.f} or {@code Owner.f}) and the contents of containers (maps, lists, arrays)
 * by constant key or index, {@code *} standing for any other. Branches work on copies that are
 * joined where control flow meets.
 */
final class State {
  static final String ANY = "*";

  private final Map<String, Value> variables;
  private final Map<String, Map<String, Value>> elements;
  private final Map<String, Integer> sizes;

  State() {
    this(new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  private State(Map<String, Value> variables, Map<String, Map<String, Value>> elements,
      Map<String, Integer> sizes) {
    this.variables = variables;
    this.elements = elements;
    this.sizes = sizes;
  }

  /** Returns an independent copy. */
  State copy() {
    Map<String, Map<String, Value>> e = new HashMap<>();
    elements.forEach((k, v) -> e.put(k, new HashMap<>(v)));
    return new State(new HashMap<>(variables), e, new HashMap<>(sizes));
  }

  /** Returns true if the variable has a value here. */
  boolean has(String variable) {
    return variables.containsKey(variable);
  }

  /** Returns the variables that have a value here. */
  Set<String> variables() {
    return java.util.Collections.unmodifiableSet(variables.keySet());
  }

  /** Returns the value of a variable, or null if it has none here. */
  Value get(String variable) {
    return variables.get(variable);
  }

  /** Sets a variable, forgetting what it contained (a strong update). */
  void set(String variable, Value value) {
    variables.put(variable, value);
    elements.remove(variable);
    sizes.remove(variable);
  }

  /** Replaces a variable's value keeping its contents. */
  void update(String variable, Value value) {
    variables.put(variable, value);
  }

  /** Applies {@code f} to the value of a variable and to everything it contains. */
  void transform(String variable, UnaryOperator<Value> f) {
    Value v = variables.get(variable);
    if (v != null) variables.put(variable, f.apply(v));
    Map<String, Value> contents = elements.get(variable);
    if (contents != null) contents.replaceAll((k, e) -> f.apply(e));
  }

  /** Returns the element of a container under a constant key, or null if unknown. */
  Value element(String container, String key) {
    Map<String, Value> contents = elements.get(container);
    if (contents == null) return null;
    Value exact = contents.get(key);
    Value any = contents.get(ANY);
    if (exact != null) return exact;
    return any;
  }

  /** Returns the join of every element of a container, or null if nothing is known. */
  Value allElements(String container) {
    Map<String, Value> contents = elements.get(container);
    if (contents == null || contents.isEmpty()) return null;
    Value all = Value.CLEAN;
    for (Value v : contents.values()) all = all.join(v.taintOnly());
    return all;
  }

  /** Returns the join of a map's values (its keys left out), or null if nothing is known. */
  Value values(String container) {
    Map<String, Value> contents = elements.get(container);
    if (contents == null || contents.isEmpty()) return null;
    Value all = Value.CLEAN;
    for (var e : contents.entrySet()) {
      if (!e.getKey().equals(Containers.KEYS)) all = all.join(e.getValue().taintOnly());
    }
    return all;
  }

  /** Adds to what a container holds under a key, keeping what was there. */
  void mergeElement(String container, String key, Value value) {
    elements.computeIfAbsent(container, k -> new HashMap<>()).merge(key, value, Value::join);
  }

  /** Returns true if anything is known of the container's contents. */
  boolean tracksElements(String container) {
    return elements.containsKey(container);
  }

  /** Stores an element under a constant key, replacing what was there. */
  void putElement(String container, String key, Value value) {
    elements.computeIfAbsent(container, k -> new HashMap<>()).put(key, value);
  }

  /** Adds to the elements stored under unknown keys. */
  void addAnyElement(String container, Value value) {
    elements.computeIfAbsent(container, k -> new HashMap<>()).merge(ANY, value, Value::join);
  }

  /** Removes the element under a constant key. */
  void removeElement(String container, String key) {
    Map<String, Value> contents = elements.get(container);
    if (contents != null) contents.remove(key);
  }

  /** Marks a container as known and empty. */
  void clearElements(String container) {
    elements.put(container, new HashMap<>());
    sizes.put(container, 0);
  }

  /** Returns the known size of a list, or -1. */
  int size(String container) {
    return sizes.getOrDefault(container, -1);
  }

  /** Sets the known size of a list; -1 forgets it. */
  void setSize(String container, int size) {
    if (size < 0) sizes.remove(container); else sizes.put(container, size);
  }

  /** Returns the contents of a container for copying into another, or null. */
  Map<String, Value> contents(String container) {
    return elements.get(container);
  }

  /** Replaces the contents of a container with a copy of {@code contents}. */
  void setContents(String container, Map<String, Value> contents, int size) {
    elements.put(container, new HashMap<>(contents));
    setSize(container, size);
  }

  /**
   * Returns true if {@code other} knows nothing this state does not: every variable and element
   * it has is here with the same taint origins and constant. A loop whose state no longer grows
   * has settled.
   */
  boolean covers(State other) {
    for (var e : other.variables.entrySet()) {
      if (!sameFacts(variables.get(e.getKey()), e.getValue())) return false;
    }
    for (var e : other.elements.entrySet()) {
      Map<String, Value> mine = elements.get(e.getKey());
      if (mine == null) return false;
      for (var v : e.getValue().entrySet()) {
        if (!sameFacts(mine.get(v.getKey()), v.getValue())) return false;
      }
    }
    return true;
  }

  private static boolean sameFacts(Value mine, Value theirs) {
    if (mine == null) return false;
    if (!java.util.Objects.equals(mine.constant(), theirs.constant())) return false;
    if (mine.taints().size() < theirs.taints().size()) return false;
    java.util.Set<String> ids = new java.util.HashSet<>();
    mine.taints().forEach(t -> ids.add(t.identity()));
    return theirs.taints().stream().allMatch(t -> ids.contains(t.identity()));
  }

  /**
   * Joins into this state the taint that an inner body run on a copy of it (a lambda) left on the
   * variables and containers this state already has: a captured builder, list or map it may have
   * filled. Only taint is joined; what the inner body declared itself is not carried out.
   */
  void absorbTaint(State inner) {
    inner.variables.forEach((k, v) -> {
      Value mine = variables.get(k);
      if (mine != null && v.tainted()) variables.put(k, mine.join(v.taintOnly()));
    });
    inner.elements.forEach((container, contents) -> {
      Map<String, Value> mine = elements.get(container);
      if (mine == null) return;
      contents.forEach((key, v) -> {
        if (v.tainted()) mine.merge(key, v.taintOnly(), Value::join);
      });
    });
  }

  /**
   * Returns the join of two states where control flow meets; either may be null (a branch that
   * does not complete normally).
   */
  static State join(State a, State b) {
    if (a == null) return b;
    if (b == null) return a;
    State out = a.copy();
    b.variables.forEach((k, v) -> out.variables.merge(k, v, Value::join));
    for (var e : b.elements.entrySet()) {
      Map<String, Value> mine = out.elements.get(e.getKey());
      if (mine == null) {
        out.elements.put(e.getKey(), new HashMap<>(e.getValue()));
      } else {
        e.getValue().forEach((k, v) -> mine.merge(k, v, Value::join));
      }
    }
    for (String k : new java.util.HashSet<>(out.sizes.keySet())) {
      if (!b.sizes.containsKey(k) || !b.sizes.get(k).equals(out.sizes.get(k))) out.sizes.remove(k);
    }
    return out;
  }
}
