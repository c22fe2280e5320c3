package dev.vigil.engine.analysis.java.mybatis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interfaces a Java file declares, as mapper interfaces: their methods, parameters and the
 * {@code ${...}} roots of MyBatis SQL annotations. Whether an interface is a mapper is decided by
 * a mapper XML naming it or by MyBatis annotations on its methods.
 */
final class MapperInterfaces {
  private static final String ANNOTATIONS = "org.apache.ibatis.annotations";
  private static final Set<String> SQL_ANNOTATIONS = Set.of("Select", "Insert", "Update", "Delete");

  private MapperInterfaces() {}

  /** Returns the interfaces of a file by binary name ({@code a.b.Outer$Inner}). */
  static Map<String, List<MapperMethod>> of(CompilationUnit unit) {
    Map<String, List<MapperMethod>> interfaces = new LinkedHashMap<>();
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
    boolean myBatis = unit.getImports().stream().map(ImportDeclaration::getNameAsString)
        .anyMatch(name -> name.startsWith(ANNOTATIONS));
    for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
      if (!(type instanceof ClassOrInterfaceDeclaration c) || !c.isInterface()) continue;
      List<MapperMethod> methods = new ArrayList<>();
      for (MethodDeclaration m : c.getMethods()) methods.add(method(m, myBatis));
      interfaces.put(pkg + binaryName(c), methods);
    }
    return interfaces;
  }

  private static String binaryName(TypeDeclaration<?> type) {
    String name = type.getNameAsString();
    for (Node n = type.getParentNode().orElse(null); n instanceof TypeDeclaration<?> outer;
        n = outer.getParentNode().orElse(null)) {
      name = outer.getNameAsString() + "$" + name;
    }
    return name;
  }

  private static MapperMethod method(MethodDeclaration m, boolean myBatis) {
    List<String> names = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (Parameter p : m.getParameters()) {
      names.add(p.getNameAsString());
      types.add(p.getTypeAsString());
      aliases.add(p.getAnnotations().stream().filter(a -> is(a, "Param", true))
          .map(MapperInterfaces::text).filter(t -> !t.isEmpty()).findFirst().orElse(null));
    }
    StringBuilder sql = new StringBuilder();
    for (AnnotationExpr a : m.getAnnotations()) {
      if (SQL_ANNOTATIONS.stream().anyMatch(name -> is(a, name, myBatis))) sql.append(text(a)).append(' ');
    }
    return new MapperMethod(m.getNameAsString(), names, aliases, types, DollarExpressions.roots(sql.toString()));
  }

  /** Returns true if {@code a} is the MyBatis annotation {@code simple}, imported or written in full. */
  private static boolean is(AnnotationExpr a, String simple, boolean imported) {
    String name = a.getNameAsString();
    return name.equals(ANNOTATIONS + "." + simple) || (imported && name.equals(simple));
  }

  /** Returns the constant text of an annotation's value: literals, arrays and concatenations. */
  private static String text(AnnotationExpr a) {
    Expression value = a instanceof SingleMemberAnnotationExpr s ? s.getMemberValue()
        : a instanceof NormalAnnotationExpr n ? n.getPairs().stream()
            .filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue()).findFirst().orElse(null)
        : null;
    return value == null ? "" : text(value);
  }

  private static String text(Expression e) {
    if (e instanceof StringLiteralExpr s) return s.asString();
    if (e instanceof TextBlockLiteralExpr t) return t.asString();
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      return text(b.getLeft()) + text(b.getRight());
    }
    if (e instanceof ArrayInitializerExpr array) {
      StringBuilder joined = new StringBuilder();
      array.getValues().forEach(v -> joined.append(text(v)).append(' '));
      return joined.toString();
    }
    return "";
  }
}
