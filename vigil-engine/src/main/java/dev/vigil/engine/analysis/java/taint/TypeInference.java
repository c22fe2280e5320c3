package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the interpreter knows of types without a build: the declared types of a method's locals,
 * the fields a name means, the type an expression names (a static call's scope) or has, and the
 * project methods a call may run. Resolution goes through the file's imports, the project's
 * classes and the models' return types; what cannot be told is null.
 */
final class TypeInference {
  private static final Pattern FACTORIES =
      Pattern.compile("newInstance|getInstance|newFactory|newDefaultInstance|getDefault|create|builder");
  private static final Set<String> STRING_RESULTS = Set.of("substring", "trim", "strip",
      "toLowerCase", "toUpperCase", "replace", "replaceAll", "concat", "format", "valueOf", "join",
      "repeat", "intern");

  private final AnalysisRun run;
  private final ClassInfo owner;
  private final JavaSource source;
  private final Map<String, String> localTypes;

  TypeInference(AnalysisRun run, ClassInfo owner, Map<String, String> localTypes) {
    this.run = run;
    this.owner = owner;
    this.source = owner.source();
    this.localTypes = localTypes;
  }

  /** A field: its declaring class, name, state key, resolved type and whether it is static. */
  record FieldRef(ClassInfo owner, String name, String key, String type, boolean isStatic) {}

  /** Returns the field a name means in {@code start}, its superclasses or enclosing classes, or null. */
  FieldRef field(ClassInfo start, String name) {
    for (ClassInfo c = start; c != null; c = c.outer()) {
      int depth = 0;
      for (ClassInfo k = c; k != null && depth < 16; k = run.project.superclass(k), depth++) {
        VariableDeclarator v = k.fields.get(name);
        if (v != null) {
          return new FieldRef(k, name, AnalysisRun.key(k, name),
              k.source().resolve(v.getTypeAsString(), run.project, run.models),
              Boolean.TRUE.equals(k.staticFields.get(name)));
        }
      }
    }
    return null;
  }

  /** Returns the project methods a call may run, by its scope and receiver type; empty if none. */
  List<CallableDeclaration<?>> targets(Expression scope, String staticType,
      String receiverType, String name, int arity) {
    if (scope == null && staticType != null) {
      // a statically imported method
      ClassInfo imported = run.project.classOf(staticType);
      return imported == null ? List.of() : run.project.targets(imported, name, arity);
    }
    if (scope == null || scope instanceof ThisExpr) {
      for (ClassInfo c = owner; c != null; c = c.outer()) {
        List<CallableDeclaration<?>> t = run.project.targets(c, name, arity);
        if (!t.isEmpty()) return t;
      }
      return List.of();
    }
    if (scope instanceof SuperExpr) {
      ClassInfo sup = run.project.superclass(owner);
      return sup == null ? List.of() : run.project.targets(sup, name, arity);
    }
    ClassInfo c = run.project.classOf(staticType != null ? staticType : receiverType);
    if (c != null) return run.project.targets(c, name, arity);
    if (receiverType == null) {
      List<CallableDeclaration<?>> anywhere = run.project.anywhere(name, arity);
      return anywhere.size() == 1 ? anywhere : List.of();
    }
    return List.of();
  }

  /**
   * Returns the overloads among {@code targets} whose parameter types fit the arguments' known
   * types, when some do and others do not ({@code export(String, Writer)} for a Writer argument,
   * not {@code export(String, Connection)}); otherwise all of them, since a type the models do not
   * place in the hierarchy proves nothing.
   */
  List<CallableDeclaration<?>> byArgumentTypes(List<CallableDeclaration<?>> targets,
      List<Expression> arguments) {
    if (targets.size() < 2) return targets;
    List<CallableDeclaration<?>> fitting = targets.stream().filter(t -> fits(t, arguments)).toList();
    return fitting.isEmpty() ? targets : fitting;
  }

  private boolean fits(CallableDeclaration<?> target, List<Expression> arguments) {
    ClassInfo declaring = run.ownerOf(target);
    if (declaring == null) return true;
    for (int i = 0; i < arguments.size() && i < target.getParameters().size(); i++) {
      var parameter = target.getParameter(i);
      if (parameter.isVarArgs()) return true;
      String argument = typeOf(arguments.get(i));
      if (argument == null) return false;
      String declared = declaring.source().resolve(parameter.getTypeAsString(), run.project, run.models);
      if (!assignable(TypeNames.erase(argument), TypeNames.erase(declared))) return false;
    }
    return true;
  }

  private boolean assignable(String argument, String parameter) {
    String p = CallPattern.simpleName(parameter);
    // a model's "Owner#Writer" is a Writer obtained from an Owner
    String a = CallPattern.simpleName(argument.substring(argument.indexOf('#') + 1));
    if (p.equals("Object") || p.length() == 1 || a.equals(p)) return true;
    if (TypeNames.isScalar(argument) && TypeNames.isScalar(parameter)) return true;
    return run.project.hierarchy().isSubtype(argument, parameter, true);
  }

  /** Returns the resolved name of a type as written in this file. */
  String resolve(String written) {
    return source.resolve(written, run.project, run.models);
  }

  /** Returns the type an expression names when it is a type (a static call's scope), or null. */
  String staticType(Expression scope) {
    if (scope instanceof NameExpr n) {
      String name = n.getNameAsString();
      if (localTypes.containsKey(name) || field(owner, name) != null) return null;
      if (!Character.isUpperCase(name.charAt(0))) return null;
      return resolve(name);
    }
    if (scope instanceof FieldAccessExpr fa) {
      String text = fa.toString();
      String last = fa.getNameAsString();
      if (!Character.isUpperCase(last.charAt(0)) || !isQualifiedName(fa.getScope())) return null;
      if (staticType(fa.getScope()) != null) {
        ClassInfo outer = run.project.classOf(staticType(fa.getScope()));
        if (outer != null && field(outer, last) != null) return null;
      }
      return resolve(text);
    }
    if (scope instanceof TypeExpr t) return resolve(t.getTypeAsString());
    return null;
  }

  private static boolean isQualifiedName(Expression e) {
    if (e instanceof NameExpr) return true;
    return e instanceof FieldAccessExpr fa && isQualifiedName(fa.getScope());
  }

  /** Returns the type of an expression as far as it can be told without a build, or null. */
  String typeOf(Expression e) {
    if (e instanceof NameExpr n) {
      String name = n.getNameAsString();
      if (localTypes.containsKey(name)) return localTypes.get(name);
      FieldRef f = field(owner, name);
      return f != null ? f.type() : staticType(e);
    }
    if (e instanceof EnclosedExpr en) return typeOf(en.getInner());
    if (e instanceof CastExpr c) return resolve(c.getTypeAsString());
    if (e instanceof ObjectCreationExpr o) {
      String created = resolve(o.getType().getNameWithScope());
      return o.getArguments().isEmpty() ? created : StreamWrappers.created(created, typeOf(o.getArgument(0)));
    }
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) return "java.lang.String";
    if (e instanceof ClassExpr) return "java.lang.Class";
    if (e instanceof ThisExpr) return owner.qualifiedName();
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      String l = typeOf(b.getLeft());
      return l != null && l.endsWith("String") ? l : typeOf(b.getRight());
    }
    if (e instanceof ArrayAccessExpr a) {
      String t = typeOf(a.getName());
      return t != null && TypeNames.isArray(t) ? TypeNames.elementOf(t) : null;
    }
    if (e instanceof FieldAccessExpr fa) {
      if (fa.getScope() instanceof ThisExpr) {
        FieldRef f = field(owner, fa.getNameAsString());
        return f == null ? null : f.type();
      }
      String st = staticType(fa);
      if (st != null) return st;
      String scopeType = staticType(fa.getScope());
      ClassInfo c = run.project.classOf(scopeType != null ? scopeType : typeOf(fa.getScope()));
      FieldRef f = c == null ? null : field(c, fa.getNameAsString());
      return f == null ? null : f.type();
    }
    if (e instanceof MethodCallExpr m) return returnType(m);
    return null;
  }

  /**
   * Returns X for a call of {@code <T> T get(Class<T> type)} with {@code X.class} (a registry's
   * typed lookup), or null for any other call.
   */
  private String classArgument(ClassInfo receiver, MethodCallExpr m) {
    if (receiver == null || m.getArguments().isEmpty()) return null;
    // the declaration, abstract or not, says what the method returns
    for (CallableDeclaration<?> declared : receiver.methods(m.getNameAsString())) {
      if (!(declared instanceof MethodDeclaration md) || md.getParameters().size() != m.getArguments().size()) continue;
      String returned = md.getTypeAsString();
      if (md.getTypeParameters().stream().noneMatch(p -> p.getNameAsString().equals(returned))) continue;
      for (int i = 0; i < md.getParameters().size(); i++) {
        String type = md.getParameter(i).getTypeAsString().replace(" ", "");
        if (type.equals("Class<" + returned + ">") && m.getArgument(i) instanceof ClassExpr c) {
          return resolve(c.getTypeAsString());
        }
      }
    }
    return null;
  }

  /** Returns the declared return type of an abstract method of the receiver's own type, or null. */
  private String abstractReturn(ClassInfo receiver, MethodCallExpr m) {
    if (receiver == null) return null;
    for (CallableDeclaration<?> declared : receiver.methods(m.getNameAsString())) {
      if (declared instanceof MethodDeclaration md && md.getParameters().size() == m.getArguments().size()
          && md.getBody().isEmpty() && md.getTypeParameters().isEmpty()) {
        return receiver.source().resolve(md.getTypeAsString(), run.project, run.models);
      }
    }
    return null;
  }

  private String returnType(MethodCallExpr m) {
    String name = m.getNameAsString();
    Expression scope = m.getScope().orElse(null);
    String staticType = scope == null ? null : staticType(scope);
    String receiverType = scope == null || scope instanceof ThisExpr ? owner.qualifiedName()
        : staticType != null ? staticType : typeOf(scope);
    ClassInfo receiver = run.project.classOf(staticType != null ? staticType : receiverType);
    String bound = classArgument(receiver, m);
    if (bound != null) return bound;
    for (CallableDeclaration<?> target : targets(scope, staticType, receiverType, name,
        m.getArguments().size())) {
      if (target instanceof MethodDeclaration md) {
        ClassInfo o = run.ownerOf(md);
        if (o != null) return o.source().resolve(md.getTypeAsString(), run.project, run.models);
      }
    }
    String declared = abstractReturn(receiver, m);
    if (declared != null) return declared;
    TypeHierarchy h = run.project.hierarchy();
    for (var row : run.models.returnTypes(name)) {
      if (row.call().matches(h, receiverType, m.getArguments().size())) return row.type();
    }
    if (staticType != null && FACTORIES.matcher(name).matches()) return staticType;
    if (name.equals("toString") || receiverType != null && receiverType.endsWith("String")
        && STRING_RESULTS.contains(name)) {
      return "java.lang.String";
    }
    return null;
  }

}
