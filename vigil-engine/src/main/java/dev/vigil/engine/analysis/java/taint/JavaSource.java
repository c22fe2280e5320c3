package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed Java file: its path, the id of its content, its syntax tree, its package and what
 * its imports make of simple type names. Immutable after construction; reusable for as long as its
 * content (blob id) is unchanged.
 */
final class JavaSource {
  private final String path;
  private final String blobId;
  private final CompilationUnit unit;
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> wildcardImports = new ArrayList<>();

  JavaSource(String path, String blobId, CompilationUnit unit) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.blobId = blobId;
    this.unit = Objects.requireNonNull(unit, "unit == null");
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : unit.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) continue;
      if (i.isAsterisk()) wildcardImports.add(name);
      else singleImports.put(CallPattern.simpleName(name), name);
    }
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
