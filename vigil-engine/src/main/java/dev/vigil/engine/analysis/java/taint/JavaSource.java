package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One parsed Java file: its path, the id of its content, its syntax tree, its package and what
 * its imports make of simple type names, and (computed once) the names it declares and calls.
 * Reusable for as long as its content (blob id) is unchanged; thread-safe.
 */
final class JavaSource {
  private final String path;
  private final String blobId;
  private final CompilationUnit unit;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> wildcardImports = new ArrayList<>();
  private final Map<String, String> staticMembers = new HashMap<>();
  private final List<String> staticWildcardTypes = new ArrayList<>();
  private List<ClassInfo> classes;
  private Set<String> declaredNames;
  private Set<String> calledNames;
  private Set<String> typeNames;
  private Set<String> referencedTypes;

  JavaSource(String path, String blobId, CompilationUnit unit) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.blobId = blobId;
    this.unit = Objects.requireNonNull(unit, "unit == null");
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) {
        if (i.isAsterisk()) staticWildcardTypes.add(name);
        else staticMembers.put(CallPattern.simpleName(name), name.substring(0, name.lastIndexOf('.')));
        continue;
      }
      if (i.isAsterisk()) wildcardImports.add(name);
      else singleImports.put(CallPattern.simpleName(name), name);
    }
  }

  /**
   * Returns the type a statically imported method of this name belongs to: a single static
   * import's, else the first static wildcard import's type for which {@code known} holds; or null.
   */
  String staticImportOwner(String method, java.util.function.Predicate<String> known) {
    String single = staticMembers.get(method);
    if (single != null) return single;
    return staticWildcardTypes.stream().filter(known).findFirst().orElse(null);
  }

  /** Returns the classes this file declares, nested ones included. */
  synchronized List<ClassInfo> classes() {
    if (classes == null) classes = List.copyOf(ProjectIndex.classesOf(this));
    return classes;
  }

  /** Returns the names of the methods, constructors and types this file declares. */
  synchronized Set<String> declaredNames() {
    if (declaredNames == null) {
      Set<String> names = new HashSet<>();
      unit.findAll(CallableDeclaration.class).forEach(c -> names.add(c.getNameAsString()));
      unit.findAll(TypeDeclaration.class).forEach(t -> names.add(t.getNameAsString()));
      declaredNames = Set.copyOf(names);
    }
    return declaredNames;
  }

  /** Returns the simple names of the types this file declares, and of their direct supertypes. */
  synchronized Set<String> typeNames() {
    if (typeNames == null) {
      Set<String> names = new HashSet<>();
      for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
        names.add(t.getNameAsString());
        if (t instanceof ClassOrInterfaceDeclaration c) {
          c.getExtendedTypes().forEach(e -> names.add(e.getNameAsString()));
          c.getImplementedTypes().forEach(e -> names.add(e.getNameAsString()));
        }
      }
      typeNames = Set.copyOf(names);
    }
    return typeNames;
  }

  /** Returns the simple names this file uses as types or as the scope of static calls. */
  synchronized Set<String> referencedTypes() {
    if (referencedTypes == null) {
      Set<String> names = new HashSet<>();
      unit.findAll(ClassOrInterfaceType.class).forEach(t -> names.add(t.getNameAsString()));
      unit.findAll(NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
      referencedTypes = Set.copyOf(names);
    }
    return referencedTypes;
  }

  /** Returns the names of the methods and constructors this file calls or refers to. */
  synchronized Set<String> calledNames() {
    if (calledNames == null) {
      Set<String> names = new HashSet<>();
      unit.findAll(MethodCallExpr.class).forEach(m -> names.add(m.getNameAsString()));
      unit.findAll(MethodReferenceExpr.class).forEach(m -> names.add(m.getIdentifier()));
      unit.findAll(ObjectCreationExpr.class).forEach(o -> names.add(o.getType().getNameAsString()));
      calledNames = Set.copyOf(names);
    }
    return calledNames;
  }

  String path() {
    return path;
  }

  String blobId() {
    return blobId;
  }

  CompilationUnit unit() {
    return unit;
  }

  String packageName() {
    return packageName;
  }

  /**
   * Returns the qualified name of a type as written in this file, or the simple name if its
   * package cannot be told: single-type imports first, then the project's classes, the models'
   * types in wildcard-imported packages and java.lang.
   */
  String resolve(String written, ProjectIndex project, TaintModels models) {
    String name = TypeNames.erase(written);
    String suffix = written.substring(Math.min(written.length(), name.length()));
    suffix = suffix.startsWith("<") ? arraySuffix(written) : suffix;
    if (name.isEmpty()) return written;
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String imported = singleImports.get(first);
    if (imported != null) return (dot < 0 ? imported : imported + name.substring(dot)) + suffix;
    if (dot > 0 && Character.isLowerCase(name.charAt(0))) return name + suffix;
    ClassInfo own = project.byName(name, packageName);
    if (own != null) return own.qualifiedName() + suffix;
    for (String pkg : wildcardImports) {
      if (models.knowsType(pkg + "." + name)) return pkg + "." + name + suffix;
      ClassInfo c = project.byQualifiedName(pkg + "." + name);
      if (c != null) return c.qualifiedName() + suffix;
    }
    if (models.knowsType("java.lang." + name)) return "java.lang." + name + suffix;
    return name + suffix;
  }

  private static String arraySuffix(String written) {
    int close = written.lastIndexOf('>');
    return close < 0 ? "" : written.substring(close + 1).strip();
  }
}
