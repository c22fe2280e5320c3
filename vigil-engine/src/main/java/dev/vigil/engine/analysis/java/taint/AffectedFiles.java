package dev.vigil.engine.analysis.java.taint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files whose methods must be analysed as entry points for a finding to involve some given
 * files: those files, and every file that calls, directly or through others, a method or
 * constructor they declare. A caller is a file that names one of the callee's types (or their
 * supertypes), or shares its package, and calls a name the callee declares. This over-approximates,
 * except for a caller in another package that reaches the callee's types without naming them
 * (through {@code var} or a chain of calls); such a flow is found when that caller's file changes. Code the given files call needs no entry analysis: its summaries are computed
 * on demand.
 */
final class AffectedFiles {
  private AffectedFiles() {}

  /** Returns true if {@code caller} names a type of {@code callee} and calls a name it declares. */
  private static boolean calls(JavaSource caller, JavaSource callee) {
    boolean namesType = caller.packageName().equals(callee.packageName())
        || callee.typeNames().stream().anyMatch(caller.referencedTypes()::contains);
    return namesType && callee.declaredNames().stream().anyMatch(caller.calledNames()::contains);
  }

  /** Returns the paths of the files to analyse as entry points for {@code changed}. */
  static Set<String> of(List<JavaSource> sources, Set<String> changed) {
    return of(sources, sources.stream().filter(s -> changed.contains(s.path())).toList());
  }

  /**
   * Returns the paths of {@code changed} and of the files of {@code sources} that call them; a
   * changed version may be one that left the tree (its callers still named it).
   */
  static Set<String> of(List<JavaSource> sources, List<JavaSource> changed) {
    Set<String> affected = new HashSet<>();
    Deque<JavaSource> work = new ArrayDeque<>();
    for (JavaSource source : changed) {
      affected.add(source.path());
      work.add(source);
    }
    while (!work.isEmpty()) {
      JavaSource callee = work.pop();
      for (JavaSource caller : sources) {
        if (affected.contains(caller.path()) || !calls(caller, callee)) continue;
        affected.add(caller.path());
        work.add(caller);
      }
    }
    return affected;
  }
}
