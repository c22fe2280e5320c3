package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Name look-ups inside one file, without a symbol solver: the method or initializer around a
 * node, the declarations of a name (a local, a parameter, or a field of an enclosing class) and
 * the expressions assigned to it.
 */
final class Scopes {
  private Scopes() {}

  /** Returns the method, constructor, initializer or, failing those, type around {@code node}. */
  static Node body(Node node) {
    Optional<Node> callable = ancestor(node, n -> n instanceof CallableDeclaration<?>
        || n instanceof InitializerDeclaration);
    if (callable.isPresent()) return callable.get();
    return ancestor(node, n -> n instanceof TypeDeclaration<?>).orElse(node.findRootNode());
  }

  /** Returns the nearest proper ancestor of {@code node} that passes {@code test}. */
  static Optional<Node> ancestor(Node node, Predicate<Node> test) {
    Optional<Node> current = node.getParentNode();
    while (current.isPresent() && !test.test(current.get())) current = current.get().getParentNode();
    return current;
  }

  /** What a name refers to: a local or field declarator, a parameter, or nothing found. */
  record Declaration(VariableDeclarator variable, Parameter parameter, boolean field, Node scope) {
    /** Returns the declared type. */
    Type type() {
      return variable != null ? variable.getType() : parameter.getType();
    }
  }

  /** Returns the declaration {@code name} refers to at {@code use}, looking outwards. */
  static Optional<Declaration> declaration(Node use, String name) {
    Node body = body(use);
    if (body instanceof CallableDeclaration<?> callable) {
      for (Parameter p : callable.getParameters()) {
        if (p.getNameAsString().equals(name)) return Optional.of(new Declaration(null, p, false, body));
      }
    }
    if (!(body instanceof TypeDeclaration<?>)) {
      for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
        if (v.getNameAsString().equals(name) && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
          return Optional.of(new Declaration(v, null, false, body));
        }
      }
      for (Parameter p : body.findAll(Parameter.class)) {
        if (p.getNameAsString().equals(name)) return Optional.of(new Declaration(null, p, false, body));
      }
    }
    return field(use, name);
  }

  /**
   * Returns the field {@code name} of a class enclosing {@code use}, innermost first, or of a
   * supertype of one that this file declares (an inherited interface constant).
   */
  static Optional<Declaration> field(Node use, String name) {
    Optional<Node> type = ancestor(use, n -> n instanceof TypeDeclaration<?>);
    while (type.isPresent()) {
      Optional<Declaration> own = ownField((TypeDeclaration<?>) type.get(), name);
      if (own.isPresent()) return own;
      if (type.get() instanceof ClassOrInterfaceDeclaration declared) {
        NodeList<ClassOrInterfaceType> supertypes = new NodeList<>(declared.getImplementedTypes());
        supertypes.addAll(declared.getExtendedTypes());
        for (ClassOrInterfaceType supertype : supertypes) {
          Optional<Declaration> inherited = typeNamed(use, supertype.getNameAsString())
              .flatMap(t -> ownField(t, name));
          if (inherited.isPresent()) return inherited;
        }
      }
      type = ancestor(type.get(), n -> n instanceof TypeDeclaration<?>);
    }
    return Optional.empty();
  }

  /**
   * Returns the field a qualified access such as {@code Config.NAME} or {@code this.name} refers
   * to: a field of the type of that simple name if this file declares one (a nested or sibling
   * constants class), nothing if that name is not a type of this file, else a field of an
   * enclosing class.
   */
  static Optional<Declaration> field(FieldAccessExpr access) {
    Expression scope = access.getScope();
    String typeName = scope instanceof NameExpr n ? n.getNameAsString()
        : scope instanceof FieldAccessExpr f ? f.getNameAsString() : null;
    if (typeName != null && declaration(access, typeName).isEmpty()) {
      Optional<TypeDeclaration<?>> type = typeNamed(access, typeName);
      // A type this file does not declare: its fields are another file's, not an enclosing class's.
      return type.isPresent() ? ownField(type.get(), access.getNameAsString()) : Optional.empty();
    }
    return field(access, access.getNameAsString());
  }

  private static Optional<TypeDeclaration<?>> typeNamed(Node use, String simpleName) {
    for (TypeDeclaration<?> type : use.findRootNode().findAll(TypeDeclaration.class)) {
      if (type.getNameAsString().equals(simpleName)) return Optional.of(type);
    }
    return Optional.empty();
  }

  private static Optional<Declaration> ownField(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator v : field.getVariables()) {
        if (v.getNameAsString().equals(name)) return Optional.of(new Declaration(v, null, true, type));
      }
    }
    return Optional.empty();
  }

  /** Returns the name an expression stands for: {@code x} or {@code this.x}; empty otherwise. */
  static Optional<String> variableName(Expression e) {
    if (e instanceof NameExpr name) return Optional.of(name.getNameAsString());
    if (e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }

  /** Returns every expression assigned to the declared variable: initializer, then assignments. */
  static List<Expression> assignedValues(Declaration declaration) {
    List<Expression> values = new ArrayList<>();
    if (declaration.variable() == null) return values;
    declaration.variable().getInitializer().ifPresent(values::add);
    String name = declaration.variable().getNameAsString();
    for (AssignExpr assign : declaration.scope().findAll(AssignExpr.class)) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && variableName(assign.getTarget()).filter(name::equals).isPresent()) {
        values.add(assign.getValue());
      }
    }
    return values;
  }

  /**
   * Returns the arguments every call in this file passes for a parameter of a private method that
   * is never reassigned; empty if the method is not private, the parameter is reassigned, or no
   * call is found (callers elsewhere could pass anything).
   */
  static List<Expression> callerArguments(Declaration declaration) {
    if (!(declaration.scope() instanceof MethodDeclaration method) || !method.isPrivate()) return List.of();
    int index = method.getParameters().indexOf(declaration.parameter());
    String name = declaration.parameter().getNameAsString();
    if (index < 0 || method.findAll(AssignExpr.class).stream()
        .anyMatch(a -> variableName(a.getTarget()).filter(name::equals).isPresent())) {
      return List.of();
    }
    List<Expression> arguments = new ArrayList<>();
    for (MethodCallExpr call : method.findRootNode().findAll(MethodCallExpr.class)) {
      boolean local = call.getScope().map(s -> s instanceof ThisExpr).orElse(true);
      if (local && call.getNameAsString().equals(method.getNameAsString())
          && call.getArguments().size() == method.getParameters().size()) {
        arguments.add(call.getArgument(index));
      }
    }
    return arguments;
  }

  /** Returns true if the variable is handed to a method or has an element assigned: it may be filled. */
  static boolean mayBeFilled(Declaration declaration) {
    String name = declaration.variable().getNameAsString();
    for (MethodCallExpr call : declaration.scope().findAll(MethodCallExpr.class)) {
      for (Expression argument : call.getArguments()) {
        if (variableName(argument).filter(name::equals).isPresent()) return true;
      }
    }
    for (AssignExpr assign : declaration.scope().findAll(AssignExpr.class)) {
      if (assign.getTarget() instanceof com.github.javaparser.ast.expr.ArrayAccessExpr access
          && variableName(access.getName()).filter(name::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the simple name of a type, without package, type arguments or array brackets. */
  static String simpleName(Type type) {
    String text = type.getElementType().asString();
    int generic = text.indexOf('<');
    if (generic >= 0) text = text.substring(0, generic);
    return text.substring(text.lastIndexOf('.') + 1);
  }

  /** Returns the simple name a call's scope names, if it is a plain or qualified name. */
  static Optional<String> scopeName(MethodCallExpr call) {
    return call.getScope().flatMap(scope -> {
      if (scope instanceof NameExpr name) return Optional.of(name.getNameAsString());
      if (scope instanceof FieldAccessExpr access) return Optional.of(access.getNameAsString());
      return Optional.empty();
    });
  }

  /** Returns true if {@code call} is {@code Type.method(...)} for one of the simple type names. */
  static boolean isStaticCall(MethodCallExpr call, String method, String... types) {
    if (!call.getNameAsString().equals(method)) return false;
    Optional<String> scope = scopeName(call);
    if (scope.isEmpty()) return false;
    for (String type : types) {
      if (type.equals(scope.get())) return true;
    }
    return false;
  }
}
