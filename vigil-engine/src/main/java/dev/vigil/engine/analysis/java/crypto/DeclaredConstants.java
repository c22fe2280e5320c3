package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Java file tells other files about names: its package and imports (how it resolves the
 * names it writes), and, for every type it declares (nested ones too, by qualified name), the
 * fields it declares, their values if they are constants (static final, or any field of an
 * interface, with an initializer {@link Constants} folds to a single value in this file), and the
 * supertypes as written.
 */
record DeclaredConstants(String packageName, List<String> imports, List<String> wildcardImports,
    List<String> staticImports, List<String> staticWildcardImports, Map<String, DeclaredType> types) {
  DeclaredConstants {
    Objects.requireNonNull(packageName, "packageName == null");
    imports = List.copyOf(imports);
    wildcardImports = List.copyOf(wildcardImports);
    staticImports = List.copyOf(staticImports);
    staticWildcardImports = List.copyOf(staticWildcardImports);
    types = Map.copyOf(types);
  }

  /**
   * A declared type: its fields by name, each with its value (whose origin is the declaration) or
   * empty if it is not a constant (it still hides a supertype's field of that name), and its
   * supertypes as written.
   */
  record DeclaredType(Map<String, Optional<Constants.Value>> fields, List<String> supertypes) {
    DeclaredType {
      fields = Map.copyOf(fields);
      supertypes = List.copyOf(supertypes);
    }
  }

  /** Returns what the file at {@code path} declares. */
  static DeclaredConstants of(String path, JavaFile file) {
    CompilationUnit unit = file.unit();
    String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> imports = new ArrayList<>();
    List<String> wildcards = new ArrayList<>();
    List<String> statics = new ArrayList<>();
    List<String> staticWildcards = new ArrayList<>();
    for (ImportDeclaration i : unit.getImports()) {
      List<String> into = i.isStatic() ? (i.isAsterisk() ? staticWildcards : statics)
          : (i.isAsterisk() ? wildcards : imports);
      into.add(i.getNameAsString());
    }
    Map<String, DeclaredType> types = new LinkedHashMap<>();
    for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
      String local = localName(type);
      boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
      Map<String, Optional<Constants.Value>> fields = new LinkedHashMap<>();
      for (FieldDeclaration field : type.getFields()) {
        boolean constant = isInterface || field.isStatic() && field.isFinal();
        for (VariableDeclarator v : field.getVariables()) {
          Optional<Constants.Value> value = constant
              ? v.getInitializer().flatMap(Constants::single) : Optional.empty();
          int line = v.getBegin().map(p -> p.line).orElse(0);
          Constants.Origin origin = new Constants.Origin(path, line, file.line(line).strip(),
              local + "." + v.getNameAsString());
          fields.put(v.getNameAsString(), value.map(found -> new Constants.Value(found.text(), 0, origin)));
        }
      }
      List<String> supertypes = new ArrayList<>();
      if (type instanceof ClassOrInterfaceDeclaration declared) {
        declared.getExtendedTypes().forEach(t -> supertypes.add(written(t)));
        declared.getImplementedTypes().forEach(t -> supertypes.add(written(t)));
      }
      types.put(packageName.isEmpty() ? local : packageName + "." + local,
          new DeclaredType(fields, supertypes));
    }
    return new DeclaredConstants(packageName, imports, wildcards, statics, staticWildcards, types);
  }

  /** Returns the name of a type inside its file: {@code Outer.Inner}. */
  static String localName(TypeDeclaration<?> type) {
    StringBuilder name = new StringBuilder(type.getNameAsString());
    Optional<Node> outer = Scopes.ancestor(type, n -> n instanceof TypeDeclaration<?>);
    while (outer.isPresent()) {
      name.insert(0, ((TypeDeclaration<?>) outer.get()).getNameAsString() + ".");
      outer = Scopes.ancestor(outer.get(), n -> n instanceof TypeDeclaration<?>);
    }
    return name.toString();
  }

  /** Returns the qualified name of a type this file declares, as other files name it. */
  String qualified(TypeDeclaration<?> type) {
    return packageName.isEmpty() ? localName(type) : packageName + "." + localName(type);
  }

  /** Returns the qualified names of the types this file declares whose simple name is {@code name}. */
  List<String> typesNamed(String name) {
    return types.keySet().stream().filter(t -> t.equals(name) || t.endsWith("." + name)).sorted().toList();
  }

  private static String written(ClassOrInterfaceType type) {
    return type.getNameWithScope();
  }
}
