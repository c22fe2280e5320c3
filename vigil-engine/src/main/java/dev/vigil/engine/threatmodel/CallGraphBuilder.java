package dev.vigil.engine.threatmodel;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link CallGraph} of the repository's own Java code. */
final class CallGraphBuilder {
  private final JavaCode code;
  private final Map<String, Map<String, List<MethodId>>> methodsByType = new HashMap<>();
  private final Map<String, List<MethodId>> methodsByName = new HashMap<>();

  CallGraphBuilder(JavaCode code) {
    this.code = code;
  }

  CallGraph build() {
    List<MethodSite> sites = new ArrayList<>();
    List<Map.Entry<MethodId, CallableDeclaration<?>>> bodies = new ArrayList<>();
    code.types().values().forEach(type -> {
      for (var member : type.declaration().getMembers()) {
        if (member instanceof CallableDeclaration<?> callable) {
          MethodId id = idOf(type.qualifiedName(), callable);
          sites.add(new MethodSite(id, type.file().path(), JavaFile.line(callable),
              JavaFile.endLine(callable)));
          methodsByType.computeIfAbsent(type.qualifiedName(), k -> new HashMap<>())
              .computeIfAbsent(id.name(), k -> new ArrayList<>()).add(id);
          methodsByName.computeIfAbsent(id.name(), k -> new ArrayList<>()).add(id);
          bodies.add(Map.entry(id, callable));
        }
      }
    });
    Map<MethodId, Set<MethodId>> edges = new HashMap<>();
    for (var body : bodies) edges.put(body.getKey(), calls(body.getKey(), body.getValue()));
    return new CallGraph(sites, edges);
  }

  /** Returns the id of a method or constructor declared in {@code type}. */
  static MethodId idOf(String type, CallableDeclaration<?> callable) {
    String name = callable instanceof ConstructorDeclaration ? "<init>" : callable.getNameAsString();
    return new MethodId(type, name, callable.getParameters().size());
  }

  private Set<MethodId> calls(MethodId caller, CallableDeclaration<?> callable) {
    Map<String, String> variables = variableTypes(callable);
    Set<MethodId> called = new LinkedHashSet<>();
    for (MethodCallExpr call : callable.findAll(MethodCallExpr.class)) {
      int arity = call.getArguments().size();
      Optional<Expression> scope = call.getScope();
      if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
        List<MethodId> own = inHierarchy(caller.type(), call.getNameAsString(), arity);
        called.addAll(own.isEmpty() ? staticImport(callable, call.getNameAsString(), arity) : own);
      } else if (scope.get() instanceof SuperExpr) {
        for (String parent : code.selfAndSupertypes(caller.type())) {
          if (!parent.equals(caller.type())) called.addAll(declared(parent, call.getNameAsString(), arity));
        }
      } else {
        Optional<String> type = typeOf(scope.get(), variables, callable);
        if (type.isPresent()) {
          called.addAll(dispatch(type.get(), call.getNameAsString(), arity));
        } else {
          called.addAll(byNameNearby(callable, call.getNameAsString(), arity));
        }
      }
    }
    for (ObjectCreationExpr creation : callable.findAll(ObjectCreationExpr.class)) {
      code.resolve(creation.getType().getNameWithScope(), creation).ifPresent(type -> {
        called.addAll(declared(type, "<init>", creation.getArguments().size()));
        called.addAll(overrides(type));
      });
    }
    for (MethodReferenceExpr reference : callable.findAll(MethodReferenceExpr.class)) {
      Expression scope = reference.getScope();
      Optional<String> type = scope instanceof ThisExpr ? Optional.of(caller.type())
          : scope instanceof TypeExpr t && variables.containsKey(t.getType().asString())
              ? code.resolve(variables.get(t.getType().asString()), reference)
          : scope instanceof TypeExpr t ? code.resolve(t.getType().asString(), reference)
          : typeOf(scope, variables, callable);
      type.ifPresent(t -> methodsByType.getOrDefault(t, Map.of())
          .getOrDefault(reference.getIdentifier().equals("new") ? "<init>" : reference.getIdentifier(),
              List.of())
          .forEach(called::add));
    }
    return called;
  }

  /** Returns the repository type of a call's receiver, if it can tell. */
  private Optional<String> typeOf(Expression scope, Map<String, String> variables, Node context) {
    if (scope instanceof NameExpr name) {
      String declared = variables.get(name.getNameAsString());
      if (declared != null) return code.resolve(declared, context);
      return code.resolve(name.getNameAsString(), context);
    }
    if (scope instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
      String declared = variables.get(field.getNameAsString());
      return declared == null ? Optional.empty() : code.resolve(declared, context);
    }
    if (scope instanceof FieldAccessExpr field) {
      return code.resolve(field.toString(), context);
    }
    return Optional.empty();
  }

  /** Returns declared types of the parameters, locals and fields visible in {@code callable}. */
  static Map<String, String> variableTypes(CallableDeclaration<?> callable) {
    Map<String, String> types = new HashMap<>();
    Optional<Node> current = callable.getParentNode();
    List<TypeDeclaration<?>> enclosing = new ArrayList<>();
    while (current.isPresent()) {
      if (current.get() instanceof TypeDeclaration<?> type) enclosing.add(0, type);
      current = current.get().getParentNode();
    }
    for (TypeDeclaration<?> type : enclosing) {
      for (FieldDeclaration field : type.getFields()) {
        for (VariableDeclarator v : field.getVariables()) types.put(v.getNameAsString(), v.getTypeAsString());
      }
      if (type instanceof com.github.javaparser.ast.body.RecordDeclaration record) {
        for (Parameter p : record.getParameters()) types.put(p.getNameAsString(), p.getTypeAsString());
      }
    }
    for (Parameter p : callable.getParameters()) types.put(p.getNameAsString(), p.getTypeAsString());
    for (VariableDeclarator v : callable.findAll(VariableDeclarator.class)) {
      String declared = v.getTypeAsString();
      if (declared.equals("var")) {
        declared = v.getInitializer().filter(Expression::isObjectCreationExpr)
            .map(e -> e.asObjectCreationExpr().getTypeAsString()).orElse(null);
      }
      if (declared != null) types.put(v.getNameAsString(), declared);
    }
    return types;
  }

  /** Returns the methods a virtual call on {@code type} may run: declared or inherited, and overrides. */
  private List<MethodId> dispatch(String type, String name, int arity) {
    List<MethodId> targets = new ArrayList<>(inHierarchy(type, name, arity));
    for (String sub : code.subtypes(type)) targets.addAll(declared(sub, name, arity));
    return targets;
  }

  private List<MethodId> inHierarchy(String type, String name, int arity) {
    for (String candidate : code.selfAndSupertypes(type)) {
      List<MethodId> found = declared(candidate, name, arity);
      if (!found.isEmpty()) return found;
    }
    // A call from a nested class may mean a method of an enclosing class.
    int dot = type.lastIndexOf('.');
    if (dot > 0 && code.type(type.substring(0, dot)).isPresent()) {
      return inHierarchy(type.substring(0, dot), name, arity);
    }
    return List.of();
  }

  /**
   * Returns the {@code @Override} methods of {@code type}: an object created here may be handed to
   * a framework that calls them back (a {@code RowMapper}, a {@code Runnable}).
   */
  private List<MethodId> overrides(String type) {
    return code.type(type).map(info -> info.declaration().getMethods().stream()
        .filter(m -> Annotations.has(m, "Override"))
        .map(m -> idOf(type, m)).toList()).orElse(List.of());
  }

  private List<MethodId> declared(String type, String name, int arity) {
    return methodsByType.getOrDefault(type, Map.of()).getOrDefault(name, List.of()).stream()
        .filter(m -> m.arity() == arity).toList();
  }

  private List<MethodId> staticImport(Node context, String name, int arity) {
    return context.findCompilationUnit().flatMap(code::fileOf).map(file -> file.imports().stream()
        .filter(i -> i.startsWith("static ") && (i.endsWith("." + name) || i.endsWith(".*")))
        .map(i -> i.substring(7, i.lastIndexOf('.')))
        .flatMap(type -> declared(type, name, arity).stream())
        .toList()).orElse(List.of());
  }

  /** Returns same-named methods of the classes the file imports or shares a package with. */
  private List<MethodId> byNameNearby(Node context, String name, int arity) {
    JavaFile file = context.findCompilationUnit().flatMap(code::fileOf).orElse(null);
    if (file == null) return List.of();
    List<MethodId> targets = new ArrayList<>();
    for (MethodId candidate : methodsByName.getOrDefault(name, List.of())) {
      if (candidate.arity() != arity) continue;
      String pkg = code.type(candidate.type()).map(t -> t.file().packageName()).orElse("");
      boolean near = pkg.equals(file.packageName()) || file.imports().contains(candidate.type())
          || file.imports().contains(pkg + ".*");
      if (near) targets.add(candidate);
    }
    return targets;
  }
}
