package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Path traversal gets a containment check: where the code joins its base directory and the input
 * ({@code new File(BASE, name)}, {@code Paths.get(BASE, name)}, {@code base.resolve(name)},
 * {@code BASE + "/" + name}), the joined path is normalised and must stay under the normalised base,
 * else the request fails with an {@code IllegalArgumentException} before any file is touched. Also
 * each entry of an archive being extracted: there the destination the code writes under is the base,
 * even when it is a parameter. A path with no base directory in the code is refused: the
 * directory it should stay in is a person's decision.
 */
final class PathTraversalFix extends JavaFix {
  private static final String MESSAGE = "path escapes its base directory";

  PathTraversalFix() {
    super("java.path-injection", "java.zip-slip");
  }

  /** A base directory and the path joined under it, with the kind of value the join makes. */
  private record Join(Expression node, Expression base, String baseKind, String kind) {}

  @Override
  String fix(Edit edit) {
    JavaUnit unit = edit.unit();
    int sinkLine = edit.finding.location().line();
    Node member = JavaUnit.enclosingMember(unit.covering(Node.class, sinkLine).get(0))
        .orElseThrow(() -> new NoSafeFix("the path is used outside a method"));
    Join join = member.findAll(Expression.class).stream()
        .filter(e -> e.getBegin().map(b -> b.line <= sinkLine).orElse(false))
        .map(e -> join(e, member)).flatMap(Optional::stream)
        .max(Comparator.comparing(j -> j.node().getBegin().get()))
        .orElseThrow(() -> new NoSafeFix("the path is not joined to a base directory in this method, so the "
            + "directory it must stay in is unknown: a person must name it"));
    Optional<VariableDeclarator> holder = join.node().getParentNode().filter(p -> p instanceof VariableDeclarator)
        .map(p -> (VariableDeclarator) p);
    Optional<ExpressionStmt> declaration = holder.flatMap(v -> v.getParentNode()).flatMap(Node::getParentNode)
        .filter(s -> s instanceof ExpressionStmt && s.getParentNode().orElse(null) instanceof BlockStmt)
        .map(s -> (ExpressionStmt) s);
    String kind = join.kind().equals("String") ? "File" : join.kind();
    String name;
    Statement anchor;
    if (declaration.isPresent() && !join.kind().equals("String")) {
      name = holder.get().getNameAsString();
      anchor = declaration.get();
    } else {
      // The joined path gets a variable, so the check and the use see the same value.
      Statement use = JavaUnit.enclosingBlockStatement(join.node())
          .orElseThrow(() -> new NoSafeFix("the path is built where no check can precede it"));
      name = Declarations.freeName(member, kind.equals("Path") ? "path" : "file");
      Expression value = join.kind().equals("String")
          ? new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType("File"),
              new com.github.javaparser.ast.NodeList<>(join.node().clone()))
          : join.node().clone();
      if (kind.equals("File")) unit.addImport("java.io.File");
      else unit.addImport("java.nio.file.Path");
      unit.insertBefore(use, StaticJavaParser.parseStatement(kind + " " + name + " = " + value + ";"));
      join.node().replace(join.kind().equals("String")
          ? new MethodCallExpr(new NameExpr(name), "getPath") : new NameExpr(name));
      anchor = null;
      unit.insertBefore(use, check(name, kind, join, unit, use));
    }
    if (anchor != null) unit.insertAfter(anchor, check(name, kind, join, unit, anchor));
    return "Checks that the path joined from " + join.base() + " and the input stays inside " + join.base()
        + " once resolved (no '..' or absolute path can leave it) before it is used.";
  }

  /** Returns the containment check of the variable {@code name}, canonical when I/O errors may propagate there. */
  private static Statement check(String name, String kind, Join join, JavaUnit unit, Node where) {
    String condition;
    if (kind.equals("File") && CheckedExceptions.handled(where, Set.of("IOException", "java.io.IOException"))) {
      String base = switch (join.baseKind()) {
        case "File" -> join.base().toString();
        case "Path" -> join.base() + ".toFile()";
        default -> "new File(" + join.base() + ")";
      };
      condition = "!" + name + ".getCanonicalPath().startsWith(" + base + ".getCanonicalPath() + File.separator)";
    } else {
      String path = kind.equals("File") ? name + ".toPath()" : name;
      condition = "!" + path + ".normalize().startsWith(" + asPath(join.base().clone(), join.baseKind(), unit) + ".normalize())";
    }
    return StaticJavaParser.parseStatement("if (" + condition + ") {\n    throw new IllegalArgumentException(\""
        + MESSAGE + "\");\n}");
  }

  private static Expression asPath(Expression value, String kind, JavaUnit unit) {
    return switch (kind) {
      case "Path" -> value;
      case "File" -> new MethodCallExpr(value, "toPath");
      default -> {
        unit.addImport("java.nio.file.Paths");
        yield StaticJavaParser.parseExpression("Paths.get(" + value + ")");
      }
    };
  }

  /** Returns the join {@code e} makes of a trusted base and an untrusted rest, if it is one. */
  private static Optional<Join> join(Expression e, Node member) {
    if (e instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("File")
        && creation.getArguments().size() == 2 && base(creation.getArgument(0), creation.getArgument(1), member)
        && !trusted(creation.getArgument(1), member)) {
      return Optional.of(new Join(e, creation.getArgument(0), kind(creation.getArgument(0), member), "File"));
    }
    if (e instanceof MethodCallExpr call && Set.of("get", "of").contains(call.getNameAsString())
        && call.getScope().map(s -> Set.of("Paths", "Path").contains(s.toString())).orElse(false)
        && call.getArguments().size() >= 2 && trusted(call.getArgument(0), member)
        && call.getArguments().stream().skip(1).anyMatch(a -> !trusted(a, member))) {
      return Optional.of(new Join(e, call.getArgument(0), "String", "Path"));
    }
    if (e instanceof MethodCallExpr call && call.getNameAsString().equals("resolve") && call.getArguments().size() == 1
        && call.getScope().filter(s -> base(s, call.getArgument(0), member)).isPresent()
        && !trusted(call.getArgument(0), member)) {
      return Optional.of(new Join(e, call.getScope().get(), "Path", "Path"));
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
        && !(e.getParentNode().orElse(null) instanceof BinaryExpr)) {
      Expression left = binary;
      while (left instanceof BinaryExpr b) left = b.getLeft();
      if (trusted(left, member) && !trusted(binary.getRight(), member) && kind(left, member).equals("String")) {
        return Optional.of(new Join(e, left, "String", "String"));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns true if {@code base} is the directory {@code rest} must stay in: a trusted one, or, when
   * {@code rest} is an archive entry's name, whatever destination the extraction writes under.
   */
  private static boolean base(Expression base, Expression rest, Node member) {
    return trusted(base, member) || entryName(rest) && base.findAll(Expression.class).stream().noneMatch(PathTraversalFix::entryName);
  }

  /** Returns true if {@code e} is an archive entry's name: {@code entry.getName()}, or a local initialised with it. */
  private static boolean entryName(Expression e) {
    if (e instanceof NameExpr name) {
      return Declarations.local(e, name.getNameAsString()).flatMap(VariableDeclarator::getInitializer)
          .filter(PathTraversalFix::entryNameCall).isPresent();
    }
    return entryNameCall(e);
  }

  private static boolean entryNameCall(Expression e) {
    return e instanceof MethodCallExpr call && call.getNameAsString().equals("getName")
        && call.getScope().filter(s -> s instanceof NameExpr n
            && Declarations.typeOf(s, n.getNameAsString()).map(t -> t.endsWith("Entry")).orElse(false)).isPresent();
  }

  /** Returns true if {@code e} is a literal, a constant, a field or a File/Path made of those. */
  private static boolean trusted(Expression e, Node member) {
    if (e instanceof StringLiteralExpr) return true;
    if (e instanceof NameExpr name) {
      return name.getNameAsString().matches("[A-Z][A-Z0-9_]*")
          || Declarations.local(e, name.getNameAsString()).isEmpty() && !isParameter(member, name.getNameAsString())
              && Declarations.typeOf(e, name.getNameAsString()).isPresent();
    }
    if (e instanceof FieldAccessExpr field) return field.getNameAsString().matches("[A-Z][A-Z0-9_]*|separator");
    if (e instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("File")) {
      return creation.getArguments().stream().allMatch(a -> trusted(a, member));
    }
    if (e instanceof MethodCallExpr call && Set.of("get", "of").contains(call.getNameAsString())
        && call.getScope().map(s -> Set.of("Paths", "Path").contains(s.toString())).orElse(false)) {
      return call.getArguments().stream().allMatch(a -> trusted(a, member));
    }
    if (e instanceof BinaryExpr binary) return trusted(binary.getLeft(), member) && trusted(binary.getRight(), member);
    return false;
  }

  private static boolean isParameter(Node member, String name) {
    return member instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable
        && callable.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name));
  }

  private static String kind(Expression base, Node member) {
    if (base instanceof ObjectCreationExpr) return "File";
    if (base instanceof MethodCallExpr) return "Path";
    if (base instanceof NameExpr name) {
      String type = Declarations.typeOf(base, name.getNameAsString()).orElse("String");
      return type.equals("File") ? "File" : type.equals("Path") ? "Path" : "String";
    }
    return "String";
  }
}
