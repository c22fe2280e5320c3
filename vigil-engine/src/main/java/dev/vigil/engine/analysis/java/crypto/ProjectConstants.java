package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The constants the Java files of a tree declare, by qualified class name, for the names a file
 * uses but does not declare: {@code Config.NAME}, {@code p.Config.NAME}, a statically imported
 * {@code NAME}, or a {@code NAME} inherited from another file's interface or class.
 *
 * <p>Names resolve as in Java, as far as the tree shows: a simple type name is this file's type,
 * else a single-type import (even one of a class outside the tree, which then resolves to
 * nothing), else a class of the same package, else exactly one class of the wildcard imports; a
 * simple name is an inherited field, else a single static import, else exactly one static
 * wildcard import. A class declared by several files resolves only if they agree. Every class a
 * look-up consults, found or not, is recorded, so a session can re-analyse the file when one of
 * them changes or appears.
 */
final class ProjectConstants {
  private static final ThreadLocal<Lookup> CURRENT = new ThreadLocal<>();
  private static final int MAX_DEPTH = 8;
  private final Map<String, DeclaredConstants> files = new HashMap<>();
  private final Map<String, Set<String>> pathsByClass = new HashMap<>();

  /** Records what the file at {@code path} declares, replacing its previous version. */
  void put(String path, DeclaredConstants declared) {
    remove(path);
    files.put(path, declared);
    declared.types().keySet().forEach(type -> pathsByClass.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(path));
  }

  /** Forgets the file at {@code path}; returns the classes it declared. */
  Set<String> remove(String path) {
    DeclaredConstants old = files.remove(path);
    if (old == null) return Set.of();
    old.types().keySet().forEach(type -> pathsByClass.get(type).remove(path));
    return old.types().keySet();
  }

  /**
   * Returns the look-up of names for the file at {@code path} (already put), which adds every
   * class it consults to {@code consulted}.
   */
  Lookup lookup(String path, Set<String> consulted) {
    return new Lookup(path, consulted);
  }

  /**
   * Returns the result of {@code work}, during which {@link Constants} on this thread look names
   * their file does not declare up with {@code lookup}. Parsed trees are shared between analyzers
   * and read-only, so the look-up goes with the thread, not the tree.
   */
  static <T> T using(Lookup lookup, Supplier<T> work) {
    CURRENT.set(lookup);
    try {
      return work.get();
    } finally {
      CURRENT.remove();
    }
  }

  /**
   * Returns the value of a name or qualified name that its file does not declare, with the
   * current thread's look-up; empty if there is none, or the name is unknown or ambiguous.
   */
  static Optional<Constants.Value> valueElsewhere(Expression e) {
    Lookup lookup = CURRENT.get();
    if (lookup == null) return Optional.empty();
    if (e instanceof NameExpr name) return lookup.simple(name);
    if (e instanceof FieldAccessExpr access && isName(access.getScope())) {
      return lookup.qualified(access.getScope().toString(), access.getNameAsString());
    }
    return Optional.empty();
  }

  private static boolean isName(Expression e) {
    return e instanceof NameExpr || e instanceof FieldAccessExpr access && isName(access.getScope());
  }

  /** The look-ups of one file, and the classes they consulted. */
  final class Lookup {
    private final String path;
    private final Set<String> consulted;

    Lookup(String path, Set<String> consulted) {
      this.path = path;
      this.consulted = consulted;
    }

    Optional<Constants.Value> qualified(String typeName, String field) {
      DeclaredConstants here = files.get(path);
      if (here == null) return Optional.empty();
      return type(typeName, here).flatMap(type -> field(type, field, 0));
    }

    Optional<Constants.Value> simple(NameExpr name) {
      DeclaredConstants here = files.get(path);
      if (here == null) return Optional.empty();
      String field = name.getNameAsString();
      Optional<Node> type = Scopes.ancestor(name, n -> n instanceof TypeDeclaration<?>);
      while (type.isPresent()) {
        String qualified = here.qualified((TypeDeclaration<?>) type.get());
        Optional<Optional<Constants.Value>> inherited = member(qualified, field, 0);
        if (inherited.isPresent()) return inherited.get();
        type = Scopes.ancestor(type.get(), n -> n instanceof TypeDeclaration<?>);
      }
      for (String imported : here.staticImports()) {
        if (imported.endsWith("." + field)) {
          return field(imported.substring(0, imported.length() - field.length() - 1), field, 0);
        }
      }
      return only(here.staticWildcardImports().stream()
          .map(owner -> field(owner, field, 0)).flatMap(Optional::stream).toList());
    }

    /** Returns the value of {@code field} of the class, as {@link #member}, empty if not found. */
    private Optional<Constants.Value> field(String type, String field, int depth) {
      return member(type, field, depth).flatMap(value -> value);
    }

    /**
     * Returns the field {@code field} of the class or of its supertypes: its value, or empty if it
     * is not a constant or its declarations disagree; or nothing if no such field was found.
     */
    private Optional<Optional<Constants.Value>> member(String type, String field, int depth) {
      consulted.add(type);
      Set<String> declaring = pathsByClass.getOrDefault(type, Set.of());
      if (depth > MAX_DEPTH || declaring.isEmpty()) return Optional.empty();
      List<Optional<Constants.Value>> found = new ArrayList<>();
      for (String declaringPath : List.copyOf(declaring)) {
        DeclaredConstants file = files.get(declaringPath);
        DeclaredConstants.DeclaredType declared = file.types().get(type);
        Optional<Constants.Value> own = declared.fields().get(field);
        if (own != null) {
          found.add(own);
          continue;
        }
        for (String supertype : declared.supertypes()) {
          Optional<Optional<Constants.Value>> inherited =
              type(supertype, file).flatMap(t -> member(t, field, depth + 1));
          if (inherited.isPresent()) {
            found.add(inherited.get());
            break;
          }
        }
      }
      if (found.isEmpty()) return Optional.empty();
      if (found.size() < declaring.size()) return Optional.of(Optional.empty());
      return Optional.of(only(found.stream().flatMap(Optional::stream).toList())
          .filter(v -> found.stream().allMatch(Optional::isPresent)));
    }

    /** Returns the class a type name written in {@code file} names, if the tree has it. */
    private Optional<String> type(String written, DeclaredConstants file) {
      int dot = written.indexOf('.');
      String first = dot < 0 ? written : written.substring(0, dot);
      String rest = dot < 0 ? "" : written.substring(dot);
      Optional<String> outer = simpleType(first, file);
      String candidate = outer.map(t -> t + rest).orElse(dot < 0 ? null : written);
      if (candidate == null) return Optional.empty();
      consulted.add(candidate);
      return exists(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private Optional<String> simpleType(String name, DeclaredConstants file) {
      List<String> local = file.typesNamed(name);
      if (!local.isEmpty()) return local.size() == 1 ? Optional.of(local.get(0)) : Optional.empty();
      for (String imported : file.imports()) {
        if (imported.equals(name) || imported.endsWith("." + name)) return Optional.of(imported);
      }
      String samePackage = file.packageName().isEmpty() ? name : file.packageName() + "." + name;
      consulted.add(samePackage);
      if (exists(samePackage)) return Optional.of(samePackage);
      List<String> candidates = new ArrayList<>();
      for (String wildcard : file.wildcardImports()) {
        String candidate = wildcard + "." + name;
        consulted.add(candidate);
        if (exists(candidate)) candidates.add(candidate);
      }
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private boolean exists(String type) {
      return !pathsByClass.getOrDefault(type, Set.of()).isEmpty();
    }
  }

  /** Returns the value all of {@code values} agree on; empty if there are none or they differ. */
  private static Optional<Constants.Value> only(List<Constants.Value> values) {
    if (values.isEmpty()) return Optional.empty();
    String text = values.get(0).text();
    return values.stream().allMatch(v -> v.text().equals(text)) ? Optional.of(values.get(0)) : Optional.empty();
  }
}
