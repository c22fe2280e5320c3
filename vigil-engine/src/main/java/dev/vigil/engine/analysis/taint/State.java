package dev.vigil.engine.analysis.taint;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of variables at one point of a function, flow-sensitively: names ({@code x}) and
 * access paths of constant members and keys ({@code x.y}, {@code x[k]}). A state that returned or
 * raised is {@code ended}: joining ignores it.
 */
final class State {
  private final Map<String, Value> values;
  /** For a variable assigned a view of another ({@code host = urlparse(url).netloc}), that one. */
  private final Map<String, String> derived;
  private boolean ended;

  State() {
    this(new HashMap<>(), new HashMap<>(), false);
  }

  private State(Map<String, Value> values, Map<String, String> derived, boolean ended) {
    this.values = values;
    this.derived = derived;
    this.ended = ended;
  }

  State copy() {
    return new State(new HashMap<>(values), new HashMap<>(derived), ended);
  }

  /** Records that {@code name} now holds a view of {@code origin} (null: of nothing known). */
  void derive(String name, String origin) {
    if (origin == null || origin.equals(name)) derived.remove(name);
    else derived.put(name, origin);
  }

  /** Returns the variable {@code name} was computed from, or null. */
  String origin(String name) {
    return derived.get(name);
  }

  Value get(String key) {
    return values.get(key);
  }

  /** Returns the value of {@code name} joined with everything stored under its access paths. */
  Value whole(String name) {
    Value own = values.get(name);
    Value result = own;
    String member = name + ".";
    String index = name + "[";
    for (Map.Entry<String, Value> e : values.entrySet()) {
      String key = e.getKey();
      if ((key.startsWith(member) || key.startsWith(index)) && e.getValue().tainted()) {
        Value part = e.getValue().taintOnly();
        result = result == null ? part : result.join(part).withApi(result.api());
      }
    }
    return result;
  }

  /** Sets {@code key}, forgetting what was stored under its access paths. */
  void put(String key, Value value) {
    String member = key + ".";
    String index = key + "[";
    values.keySet().removeIf(k -> k.startsWith(member) || k.startsWith(index));
    values.put(key, value);
  }

  /** Replaces the value of {@code key} only, keeping its access paths. */
  void replace(String key, Value value) {
    values.put(key, value);
  }

  /** Makes this state hold what {@code other} holds. */
  void replaceWith(State other) {
    values.clear();
    values.putAll(other.values);
    derived.clear();
    derived.putAll(other.derived);
    ended = other.ended;
  }

  Map<String, Value> entries() {
    return values;
  }

  boolean ended() {
    return ended;
  }

  void end() {
    ended = true;
  }

  /** Returns the join of two states reaching the same point; an ended one contributes nothing. */
  static State join(State a, State b) {
    if (a.ended) return b.copy();
    if (b.ended) return a.copy();
    Map<String, Value> joined = new HashMap<>(a.values);
    b.values.forEach((key, value) -> joined.merge(key, value, Value::join));
    a.values.keySet().stream().filter(k -> !b.values.containsKey(k))
        .forEach(k -> joined.put(k, a.values.get(k)));
    Map<String, String> derived = new HashMap<>(a.derived);
    derived.entrySet().removeIf(e -> !e.getValue().equals(b.derived.get(e.getKey())));
    return new State(joined, derived, false);
  }
}
