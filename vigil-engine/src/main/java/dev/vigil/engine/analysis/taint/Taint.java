package dev.vigil.engine.analysis.taint;

import java.util.HashSet;
import java.util.Set;

/**
 * Untrusted data as it flows: from a real source of a threat-model kind, or, while a function's
 * summary is computed, from its parameter {@code parameter} (symbolic, replaced by the caller's
 * argument). It carries its path and the marks it gained: the sink kinds it was sanitized for, and
 * facts such as {@code canonical-path} that a guard may require.
 */
record Taint(int parameter, String threat, FlowPath path, Set<String> marks) {
  Taint {
    marks = Set.copyOf(marks);
  }

  /** Returns a taint from a real source. */
  static Taint source(String threat, FlowStep step) {
    return new Taint(-1, threat, FlowPath.append(null, step), Set.of());
  }

  /** Returns the symbolic taint of parameter {@code index}. */
  static Taint parameter(int index) {
    return new Taint(index, "", null, Set.of());
  }

  /** Returns true if the taint stands for a parameter rather than a real source. */
  boolean symbolic() {
    return parameter >= 0;
  }

  /** Returns this taint with a step added to its path. */
  Taint through(FlowStep step) {
    return new Taint(parameter, threat, FlowPath.append(path, step), marks);
  }

  /** Returns this taint with more marks, and the step that gave them on its path. */
  Taint marked(Set<String> more, FlowStep step) {
    Set<String> all = new HashSet<>(marks);
    all.addAll(more);
    return new Taint(parameter, threat, FlowPath.append(path, step), all);
  }

  /** Returns this taint no longer reaching sinks of {@code kinds}: a flow is reported at its first. */
  Taint reported(Set<String> kinds) {
    Set<String> all = new HashSet<>(marks);
    all.addAll(kinds);
    return new Taint(parameter, threat, path, all);
  }

  /** Returns true if the taint may reach a sink of {@code kind}. */
  boolean reaches(String kind) {
    return !marks.contains(kind) && !marks.contains("all");
  }

  /**
   * Returns what a callee's {@code inner} taint stands for when this taint is the argument: this
   * origin, this path, the call step, then the inner path; the marks of both.
   */
  Taint compose(FlowStep call, Taint inner) {
    Set<String> all = new HashSet<>(marks);
    all.addAll(inner.marks);
    return new Taint(parameter, threat, FlowPath.concat(FlowPath.append(path, call), inner.path),
        all);
  }

  /** Returns the identity that keeps one taint per origin and marks in a value. */
  String identity() {
    FlowStep first = FlowPath.steps(path).stream().findFirst().orElse(null);
    return parameter + "|" + (first == null ? "" : first.span().path() + ":" + first.span().line()
        + ":" + first.span().column()) + "|" + marks;
  }
}
