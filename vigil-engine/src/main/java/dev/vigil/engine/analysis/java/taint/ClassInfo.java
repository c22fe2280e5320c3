package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class, interface, enum or record declared in a file: its names, file, enclosing class, fields
 * and methods by name. Built once per parsed file ({@link ProjectIndex#classesOf}); read-only after.
 */
final class ClassInfo {
  private final String simpleName;
  private final String qualifiedName;
  private final JavaSource source;
  private final TypeDeclaration<?> declaration;
  private final ClassInfo outer;
  private final boolean isInterface;
  final Map<String, VariableDeclarator> fields = new HashMap<>();
  final Map<String, Boolean> staticFields = new HashMap<>();
  final Map<String, List<CallableDeclaration<?>>> methods = new HashMap<>();
  final List<CallableDeclaration<?>> constructors = new ArrayList<>();

  ClassInfo(String simpleName, String qualifiedName, JavaSource source,
      TypeDeclaration<?> declaration, ClassInfo outer, boolean isInterface) {
    this.simpleName = simpleName;
    this.qualifiedName = qualifiedName;
    this.source = source;
    this.declaration = declaration;
    this.outer = outer;
    this.isInterface = isInterface;
  }

  String simpleName() {
    return simpleName;
  }

  String qualifiedName() {
    return qualifiedName;
  }

  JavaSource source() {
    return source;
  }

  TypeDeclaration<?> declaration() {
    return declaration;
  }

  ClassInfo outer() {
    return outer;
  }

  boolean isInterface() {
    return isInterface;
  }

  /** Returns the outermost enclosing class (itself for a top-level class). */
  ClassInfo topLevel() {
    ClassInfo c = this;
    while (c.outer != null) c = c.outer;
    return c;
  }

  /** Returns the methods of a name declared in this class. */
  List<CallableDeclaration<?>> methods(String name) {
    return methods.getOrDefault(name, List.of());
  }
}
