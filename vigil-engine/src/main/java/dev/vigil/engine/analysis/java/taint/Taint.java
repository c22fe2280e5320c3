package dev.vigil.engine.analysis.java.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Untrusted data as it flows: either from a real source of a threat-model kind, or, while a
 * method's summary is computed, from its parameter {@code parameter} (a symbolic taint, replaced by
 * the caller's argument at each call). It remembers its path and the sink kinds it was sanitized
 * for.
 */
record Taint(int parameter, String threat, FlowPath path, Set<String> sanitized) {
  Taint {
    sanitized = Set.copyOf(sanitized);
  }

  /** Returns a taint from a real source, neutralised from the start for the {@code neutral} sink kinds. */
  static Taint source(String threat, FlowStep step, Set<String> neutral) {
    return new Taint(-1, threat, FlowPath.of(step), neutral);
  }

  /** Returns the symbolic taint of a method's parameter. */
  static Taint parameter(int index) {
    return new Taint(index, "", null, Set.of());
  }

  /** Returns true if the taint stands for a method parameter rather than a real source. */
  boolean symbolic() {
    return parameter >= 0;
  }

  /** Returns this taint with a step added to its path. */
  Taint through(FlowStep step) {
    return new Taint(parameter, threat, FlowPath.append(path, step), sanitized);
  }

  /** Returns this taint sanitized for more sink kinds, with the sanitizer step on its path. */
  Taint sanitizedFor(Set<String> kinds, FlowStep step) {
    Set<String> all = new HashSet<>(sanitized);
    all.addAll(kinds);
    return new Taint(parameter, threat, FlowPath.append(path, step), all);
  }

  /** Returns this taint no longer sanitized for {@code kinds} (a decoder undid it), or itself. */
  Taint reopenedFor(Set<String> kinds) {
    if (kinds.stream().noneMatch(sanitized::contains)) return this;
    Set<String> rest = new HashSet<>(sanitized);
    rest.removeAll(kinds);
    return new Taint(parameter, threat, path, rest);
  }

  /** Returns true if the taint may reach a sink of {@code kind}. */
  boolean reaches(String kind) {
    return !sanitized.contains(kind);
  }

  /**
   * Returns the taint a callee's {@code inner} taint stands for when this taint is the argument:
   * this taint's origin, its path then the call step then the inner path, and both sanitizations.
   */
  Taint compose(FlowStep call, Taint inner) {
    Set<String> all = new HashSet<>(sanitized);
    all.addAll(inner.sanitized);
    FlowPath p = FlowPath.append(path, call);
    return new Taint(parameter, threat, FlowPath.concat(p, inner.path), all);
  }

  /** Returns the identity used to keep one taint per origin and sanitization in a value. */
  String identity() {
    FlowStep first = symbolic() ? null : FlowPath.first(path);
    return parameter + "|" + (first == null ? "" : first.line() + ":" + first.column() + first.path())
        + "|" + (sanitized.size() < 2 ? sanitized : new java.util.TreeSet<>(sanitized));
  }
}
