package dev.vigil.engine.threatmodel;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The repository's own Java code: its parsed files and its classes by qualified name, with their
 * supertypes and subtypes inside the repository. Resolves a simple type name as Java does, but
 * only to the repository's own classes: nested and file types, single imports, the package,
 * wildcard imports, then a unique simple name anywhere.
 */
final class JavaCode {
  /** A class, interface, enum or record of the repository and the file declaring it. */
  record TypeInfo(String qualifiedName, TypeDeclaration<?> declaration, JavaFile file) {}

  private final List<JavaFile> files;
  private final Map<String, TypeInfo> types = new LinkedHashMap<>();
  private final Map<String, List<TypeInfo>> bySimpleName = new HashMap<>();
  private final Map<String, Set<String>> supertypes = new HashMap<>();
  private final Map<String, Set<String>> subtypes = new HashMap<>();
  private final Map<Node, String> byDeclaration = new IdentityHashMap<>();
  private final Map<CompilationUnit, JavaFile> byUnit = new IdentityHashMap<>();

  private JavaCode(List<JavaFile> files) {
    this.files = List.copyOf(files);
    for (JavaFile file : files) {
      byUnit.put(file.unit(), file);
      for (TypeDeclaration<?> type : file.unit().getTypes()) index(file, type, file.packageName());
    }
    for (TypeInfo type : types.values()) {
      for (ClassOrInterfaceType parent : parents(type.declaration())) {
        resolve(parent.getNameAsString(), type.declaration()).ifPresent(resolved -> {
          supertypes.computeIfAbsent(type.qualifiedName(), k -> new LinkedHashSet<>()).add(resolved);
          subtypes.computeIfAbsent(resolved, k -> new LinkedHashSet<>()).add(type.qualifiedName());
        });
      }
    }
  }

  /** Parses the Java sources (path to text); files that do not parse go to {@code problems}. */
  static JavaCode parse(Map<String, String> sources, List<String> problems) {
    JavaParser parser = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    List<JavaFile> files = new ArrayList<>();
    sources.forEach((path, text) -> {
      ParseResult<CompilationUnit> result = parser.parse(text);
      if (result.isSuccessful() && result.getResult().isPresent()) {
        files.add(JavaFile.of(path, text, result.getResult().get()));
      } else {
        problems.add(path + ": not parsable Java" + result.getProblems().stream().findFirst()
            .map(p -> " (" + p.getMessage().lines().findFirst().orElse("") + ")").orElse(""));
      }
    });
    return new JavaCode(files);
  }

  private void index(JavaFile file, TypeDeclaration<?> type, String prefix) {
    String qualified = prefix.isEmpty() ? type.getNameAsString() : prefix + "." + type.getNameAsString();
    TypeInfo info = new TypeInfo(qualified, type, file);
    types.put(qualified, info);
    byDeclaration.put(type, qualified);
    bySimpleName.computeIfAbsent(type.getNameAsString(), k -> new ArrayList<>()).add(info);
    for (var member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) index(file, nested, qualified);
    }
  }

  private static List<ClassOrInterfaceType> parents(TypeDeclaration<?> type) {
    List<ClassOrInterfaceType> parents = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      parents.addAll(c.getExtendedTypes());
      parents.addAll(c.getImplementedTypes());
    } else if (type instanceof EnumDeclaration e) {
      parents.addAll(e.getImplementedTypes());
    } else if (type instanceof RecordDeclaration r) {
      parents.addAll(r.getImplementedTypes());
    }
    return parents;
  }

  List<JavaFile> files() {
    return files;
  }

  Map<String, TypeInfo> types() {
    return types;
  }

  Optional<TypeInfo> type(String qualifiedName) {
    return Optional.ofNullable(types.get(qualifiedName));
  }

  /** Returns the type and its supertypes in the repository, nearest first. */
  List<String> selfAndSupertypes(String qualifiedName) {
    Set<String> seen = new LinkedHashSet<>();
    collect(qualifiedName, supertypes, seen);
    return List.copyOf(seen);
  }

  /** Returns the subtypes of the type in the repository, transitively. */
  List<String> subtypes(String qualifiedName) {
    Set<String> seen = new LinkedHashSet<>();
    collect(qualifiedName, subtypes, seen);
    seen.remove(qualifiedName);
    return List.copyOf(seen);
  }

  private static void collect(String name, Map<String, Set<String>> links, Set<String> seen) {
    if (!seen.add(name)) return;
    for (String next : links.getOrDefault(name, Set.of())) collect(next, links, seen);
  }

  /** Returns the qualified name of the declaration enclosing {@code node}, if any. */
  Optional<String> enclosingType(Node node) {
    Optional<Node> current = Optional.of(node);
    while (current.isPresent()) {
      if (current.get() instanceof TypeDeclaration<?> type) {
        return Optional.ofNullable(byDeclaration.get(type));
      }
      current = current.get().getParentNode();
    }
    return Optional.empty();
  }

  /**
   * Returns the repository class that {@code simpleName} (possibly dotted, generics stripped)
   * means where {@code context} is written, or empty if it is not the repository's.
   */
  Optional<String> resolve(String simpleName, Node context) {
    String name = simpleName.replaceAll("<.*", "").strip();
    if (types.containsKey(name)) return Optional.of(name);
    String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    String rest = name.substring(first.length());
    Optional<String> head = resolveSimple(first, context);
    return head.map(h -> h + rest).filter(types::containsKey);
  }

  private Optional<String> resolveSimple(String simple, Node context) {
    // Nested and enclosing types first.
    Optional<Node> current = Optional.of(context);
    while (current.isPresent()) {
      if (current.get() instanceof TypeDeclaration<?> type) {
        Optional<String> enclosing = enclosingType(type);
        if (enclosing.isPresent()) {
          if (type.getNameAsString().equals(simple)) return enclosing;
          String nested = enclosing.get() + "." + simple;
          if (types.containsKey(nested)) return Optional.of(nested);
        }
      }
      current = current.get().getParentNode();
    }
    JavaFile file = context.findCompilationUnit().flatMap(this::fileOf).orElse(null);
    if (file != null) {
      for (String imported : file.imports()) {
        if (imported.endsWith("." + simple) && types.containsKey(imported)) return Optional.of(imported);
      }
      String samePackage = file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
      if (types.containsKey(samePackage)) return Optional.of(samePackage);
      for (String imported : file.imports()) {
        if (imported.endsWith(".*")) {
          String candidate = imported.substring(0, imported.length() - 1) + simple;
          if (types.containsKey(candidate)) return Optional.of(candidate);
        }
      }
    }
    List<TypeInfo> named = bySimpleName.getOrDefault(simple, List.of());
    return named.size() == 1 ? Optional.of(named.get(0).qualifiedName()) : Optional.empty();
  }

  /**
   * Returns the value of a {@code static final} String constant of the repository that
   * {@code expression} ({@code NAME} or {@code Type.NAME}) names: literals and their concatenations,
   * looked up in the enclosing classes and static imports, or in {@code Type}.
   */
  Optional<String> constant(Expression expression) {
    return constant(expression, 0);
  }

  private Optional<String> constant(Expression expression, int depth) {
    if (depth > 8) return Optional.empty();
    if (expression instanceof StringLiteralExpr literal) return Optional.of(literal.getValue());
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      Optional<String> left = constant(binary.getLeft(), depth + 1);
      Optional<String> right = constant(binary.getRight(), depth + 1);
      return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
    }
    List<String> owners = new ArrayList<>();
    String name;
    if (expression instanceof FieldAccessExpr field) {
      name = field.getNameAsString();
      resolve(field.getScope().toString(), expression).ifPresent(owners::add);
    } else if (expression instanceof NameExpr simple) {
      name = simple.getNameAsString();
      for (Node n = expression; n != null; n = n.getParentNode().orElse(null)) {
        if (n instanceof TypeDeclaration<?> type) enclosingType(type).ifPresent(owners::add);
      }
      expression.findCompilationUnit().flatMap(this::fileOf).ifPresent(file -> file.imports().stream()
          .filter(i -> i.startsWith("static ") && (i.endsWith("." + name) || i.endsWith(".*")))
          .map(i -> i.substring(7, i.lastIndexOf('.'))).forEach(owners::add));
    } else {
      return Optional.empty();
    }
    for (String owner : owners) {
      Optional<VariableDeclarator> declared = type(owner).flatMap(t -> t.declaration().getFieldByName(name))
          .filter(f -> f.isStatic() && f.isFinal() || isInterface(owner))
          .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst());
      Optional<String> value = declared.flatMap(VariableDeclarator::getInitializer)
          .flatMap(init -> constant(init, depth + 1));
      if (value.isPresent()) return value;
    }
    return Optional.empty();
  }

  private boolean isInterface(String owner) {
    return type(owner).map(t -> t.declaration() instanceof ClassOrInterfaceDeclaration c && c.isInterface())
        .orElse(false);
  }

  Optional<JavaFile> fileOf(CompilationUnit unit) {
    return Optional.ofNullable(byUnit.get(unit));
  }
}
