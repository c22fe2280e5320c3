package dev.vigil.engine.analysis.java.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Untrusted data as it flows: either from a real source of a threat-model kind, or, while a
 * method's summary is computed, from its parameter {@code parameter} (a symbolic taint, replaced by
 * the caller's argument at each call). It remembers its path and the sink kinds it was sanitized
 * for. {@code field} (null for the whole value) is, for a real taint, the instance field of the
 * object it sits in (a setter's argument taints that field, not the object's other getters); for
 * a symbolic taint, the field of the parameter or receiver it was read through, so the caller's
 * taints of other fields do not flow out.
 */
record Taint(int parameter, String threat, FlowPath path, Set<String> sanitized, String field) {
  Taint {
    sanitized = Set.copyOf(sanitized);
  }

  /** Returns a taint from a real source, neutralised from the start for the {@code neutral} sink kinds. */
  static Taint source(String threat, FlowStep step, Set<String> neutral) {
    return new Taint(-1, threat, FlowPath.of(step), neutral, null);
  }

  /** Returns the symbolic taint of a method's parameter. */
  static Taint parameter(int index) {
    return new Taint(index, "", null, Set.of(), null);
  }

  /** Returns true if the taint stands for a method parameter rather than a real source. */
  boolean symbolic() {
    return parameter >= 0;
  }

  /** Returns this taint with a step added to its path. */
  Taint through(FlowStep step) {
    return new Taint(parameter, threat, FlowPath.append(path, step), sanitized, field);
  }

  /** Returns this taint sanitized for more sink kinds, with the sanitizer step on its path. */
  Taint sanitizedFor(Set<String> kinds, FlowStep step) {
    Set<String> all = new HashSet<>(sanitized);
    all.addAll(kinds);
    return new Taint(parameter, threat, FlowPath.append(path, step), all, field);
  }

  /** Returns this taint no longer sanitized for {@code kinds} (a decoder undid it), or itself. */
  Taint reopenedFor(Set<String> kinds) {
    if (kinds.stream().noneMatch(sanitized::contains)) return this;
    Set<String> rest = new HashSet<>(sanitized);
    rest.removeAll(kinds);
    return new Taint(parameter, threat, path, rest, field);
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
    // passed on whole, it keeps its place; read through a field, a real taint is that field's
    // value, a symbolic one is still a read of the caller's parameter through a field
    String place = inner.field == null ? field : symbolic() ? (field != null ? field : inner.field) : null;
    return new Taint(parameter, threat, FlowPath.concat(p, inner.path), all, place);
  }

  /** Returns this taint placed in (real) or read through (symbolic) an object's field; null: whole. */
  Taint inField(String key) {
    return java.util.Objects.equals(key, field) ? this : new Taint(parameter, threat, path, sanitized, key);
  }

  /**
   * Returns true if this taint, held by an object, flows out when the object's field {@code key}
   * is read: it taints the whole object or that field.
   */
  boolean readableAs(String key) {
    return field == null || key == null || field.equals(key);
  }

  /** Returns the identity used to keep one taint per origin, place and sanitization in a value. */
  String identity() {
    FlowStep first = symbolic() ? null : FlowPath.first(path);
    return parameter + "|" + (first == null ? "" : first.line() + ":" + first.column() + first.path())
        + "|" + (sanitized.size() < 2 ? sanitized : new java.util.TreeSet<>(sanitized))
        + (field == null ? "" : "|." + field);
  }
}
