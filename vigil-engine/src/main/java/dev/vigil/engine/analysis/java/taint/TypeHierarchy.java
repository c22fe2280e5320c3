package dev.vigil.engine.analysis.java.taint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Direct supertypes of the types the analysis knows: library types from the models and the
 * project's own classes. A type is fully qualified when its package is known and a simple name when
 * it is not; a simple name matches any qualified type of the same simple name, so code whose
 * imports cannot be resolved is still matched.
 */
final class TypeHierarchy {
  private final Map<String, Set<String>> supertypes = new HashMap<>();
  private final Map<String, Set<String>> supertypesBySimpleName = new HashMap<>();

  /** Records that {@code type} directly extends or implements {@code supertype}. */
  void add(String type, String supertype) {
    supertypes.computeIfAbsent(type, k -> new HashSet<>()).add(supertype);
    supertypesBySimpleName.computeIfAbsent(CallPattern.simpleName(type), k -> new HashSet<>())
        .add(supertype);
  }

  /** Returns a hierarchy with the other's relations added to this one's. */
  TypeHierarchy with(TypeHierarchy other) {
    TypeHierarchy merged = new TypeHierarchy();
    for (TypeHierarchy h : List.of(this, other)) {
      h.supertypes.forEach((type, supers) -> supers.forEach(s -> merged.add(type, s)));
    }
    return merged;
  }

  /**
   * Returns true if {@code type} is {@code target}, or a subtype of it when {@code subtypes} is
   * true; array and generic decorations are ignored.
   */
  boolean isSubtype(String type, String target, boolean subtypes) {
    String start = TypeNames.erase(type);
    if (sameType(start, target)) return true;
    if (!subtypes) return false;
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(direct(start));
    while (!work.isEmpty()) {
      String next = work.pop();
      if (!seen.add(next) || seen.size() > 64) continue;
      if (sameType(next, target)) return true;
      work.addAll(direct(next));
    }
    return false;
  }

  private Set<String> direct(String type) {
    Set<String> exact = supertypes.get(type);
    if (exact != null) return exact;
    if (type.indexOf('.') < 0) return supertypesBySimpleName.getOrDefault(type, Set.of());
    return Set.of();
  }

  private static boolean sameType(String a, String b) {
    if (a.equals(b)) return true;
    boolean aQualified = a.indexOf('.') >= 0;
    boolean bQualified = b.indexOf('.') >= 0;
    // a nested type is named with '$' in model rows and with '.' in imports
    if (aQualified && bQualified) return a.replace('$', '.').equals(b.replace('$', '.'));
    return CallPattern.simpleName(a).equals(CallPattern.simpleName(b));
  }
}
