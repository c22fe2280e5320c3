package dev.vigil.engine.analysis.java.taint;

/**
 * The contents of maps, lists and arrays held in local variables, by constant key or index: a
 * value put under one key is not read under another, a removed list element shifts the rest.
 * Keys are stored as {@code k:<key>} and indexes as {@code i:<index>}; the taint of a map's
 * non-constant keys is kept apart, under {@link #KEYS}, so a tainted key taints the key set, not
 * the values, and a lookup by a tainted key returns the values only.
 */
final class Containers {
  /** The element that holds what a map's non-constant keys carry. */
  static final String KEYS = "keys";

  private Containers() {}

  /** Returns the state key of a map entry under a constant key. */
  static String key(Object constant) {
    return "k:" + constant;
  }

  /** Returns the state key of a list or array element at a constant index. */
  static String index(long index) {
    return "i:" + index;
  }

  /**
   * Returns the value of a call on a map in variable {@code map}, updating the state, or null if
   * the method is not one modelled here.
   */
  static Value mapCall(State s, String map, String name, Value[] args, Object[] constants, Value whole) {
    switch (name) {
      case "put", "putIfAbsent", "replace" -> {
        if (args.length != 2) return null;
        Value old = read(s, map, constants[0], whole);
        if (constants[0] != null) s.putElement(map, key(constants[0]), args[1]);
        else s.addAnyElement(map, args[1]);
        if (constants[0] == null && args[0].tainted()) s.mergeElement(map, KEYS, args[0].taintOnly());
        return old;
      }
      case "keySet", "navigableKeySet", "keys" -> {
        if (args.length != 0) return null;
        if (!s.tracksElements(map)) return whole.taintOnly();
        Value keys = s.contents(map).get(KEYS);
        return keys == null ? Value.CLEAN : keys;
      }
      case "values" -> {
        if (args.length != 0) return null;
        if (!s.tracksElements(map)) return whole.taintOnly();
        Value values = s.values(map);
        return values == null ? Value.CLEAN : values;
      }
      case "get", "getOrDefault" -> {
        if (args.length < 1) return null;
        Value v = read(s, map, constants[0], whole);
        return args.length == 2 ? v.join(args[1]) : v;
      }
      case "remove" -> {
        if (args.length != 1) return null;
        Value old = read(s, map, constants[0], whole);
        if (constants[0] != null && s.tracksElements(map)) s.removeElement(map, key(constants[0]));
        return old;
      }
      case "containsKey", "containsValue", "isEmpty", "size" -> {
        return Value.CLEAN;
      }
      case "clear" -> {
        s.clearElements(map);
        return Value.CLEAN;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Returns the value of a call on a list in variable {@code list}, updating the state, or null if
   * the method is not one modelled here.
   */
  static Value listCall(State s, String list, String name, Value[] args, Object[] constants, Value whole) {
    int size = s.size(list);
    switch (name) {
      case "add", "addLast", "offer", "push" -> {
        if (args.length == 1) {
          if (size >= 0 && !name.equals("push")) {
            s.putElement(list, index(size), args[0]);
            s.setSize(list, size + 1);
          } else {
            s.addAnyElement(list, args[0]);
            s.setSize(list, -1);
          }
          return Value.CLEAN;
        }
        if (args.length == 2) {
          s.addAnyElement(list, args[1]);
          s.setSize(list, -1);
          return Value.CLEAN;
        }
        return null;
      }
      case "get", "elementAt" -> {
        if (args.length != 1) return null;
        return element(s, list, constants[0], whole);
      }
      case "set" -> {
        if (args.length != 2) return null;
        Value old = element(s, list, constants[0], whole);
        if (constants[0] instanceof Long i && size >= 0 && i < size) s.putElement(list, index(i), args[1]);
        else s.addAnyElement(list, args[1]);
        return old;
      }
      case "remove" -> {
        if (args.length != 1) return null;
        if (constants[0] instanceof Long i && size > i && s.tracksElements(list)) {
          Value removed = element(s, list, i, whole);
          for (long j = i; j < size - 1; j++) {
            Value next = s.element(list, index(j + 1));
            if (next == null) s.removeElement(list, index(j)); else s.putElement(list, index(j), next);
          }
          s.removeElement(list, index(size - 1));
          s.setSize(list, size - 1);
          return removed;
        }
        s.setSize(list, -1);
        return Value.CLEAN;
      }
      case "contains", "isEmpty", "size", "indexOf", "lastIndexOf", "containsAll" -> {
        return Value.CLEAN;
      }
      case "clear" -> {
        s.clearElements(list);
        return Value.CLEAN;
      }
      case "addAll" -> {
        s.addAnyElement(list, args[args.length - 1]);
        s.setSize(list, -1);
        return Value.CLEAN;
      }
      default -> {
        return null;
      }
    }
  }

  /** Returns the element at a constant index of a list or array (any element if not constant). */
  static Value element(State s, String container, Object index, Value whole) {
    if (!s.tracksElements(container)) return whole.taintOnly();
    if (index instanceof Long i) {
      Value v = s.element(container, index(i));
      return v == null ? Value.CLEAN : v;
    }
    Value all = s.allElements(container);
    return all == null ? Value.CLEAN : all;
  }

  private static Value read(State s, String map, Object key, Value whole) {
    if (!s.tracksElements(map)) return whole.taintOnly();
    if (key != null) {
      Value v = s.element(map, key(key));
      return v == null ? Value.CLEAN : v;
    }
    Value values = s.values(map);
    return values == null ? Value.CLEAN : values;
  }
}
