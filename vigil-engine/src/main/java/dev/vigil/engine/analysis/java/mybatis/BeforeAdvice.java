package dev.vigil.engine.analysis.java.mybatis;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AspectJ {@code @Before("@annotation(name)")} advice of a Spring {@code @Aspect} class that
 * overwrites an entry of a map property of the advised method's argument with a constant before
 * the method runs ({@code ((Query) point.getArgs()[0]).getParams().put("scope", "")}): whatever
 * the request bound under that key is gone when the method pastes {@code ${params.scope}} into
 * its SQL. Only a write the advice always makes counts: a {@code put} in the advice body, or in a
 * method of the aspect the body calls as a statement, guarded at most by type and null checks.
 */
final class BeforeAdvice {
  /** The advice of {@code annotation} overwrites map entry {@code path} of argument {@code parameter}. */
  record Overwrite(String annotation, int parameter, String path) {}

  private static final Pattern ANNOTATION_POINTCUT = Pattern.compile("^\\s*@annotation\\(\\s*([\\w.$]+)\\s*\\)\\s*$");

  private BeforeAdvice() {}

  /** Returns the entries the {@code @Before} advice of the file's aspects always overwrite. */
  static List<Overwrite> of(CompilationUnit unit) {
    List<Overwrite> found = new ArrayList<>();
    for (ClassOrInterfaceDeclaration aspect : unit.findAll(ClassOrInterfaceDeclaration.class)) {
      if (aspect.getAnnotationByName("Aspect").isEmpty()) continue;
      for (MethodDeclaration advice : aspect.getMethods()) {
        String annotation = advisedAnnotation(advice);
        if (annotation == null || advice.getBody().isEmpty()) continue;
        List<MethodDeclaration> writers = new ArrayList<>(List.of(advice));
        for (var st : advice.getBody().get().getStatements()) {
          if (st instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
              && call.getScope().isEmpty()) {
            writers.addAll(aspect.getMethodsByName(call.getNameAsString()));
          }
        }
        for (MethodDeclaration writer : writers) overwrites(aspect, writer, annotation, found);
      }
    }
    return found;
  }

  /** Returns the simple name of the annotation a {@code @Before("@annotation(x)")} advice is bound to, or null. */
  private static String advisedAnnotation(MethodDeclaration advice) {
    Optional<AnnotationExpr> before = advice.getAnnotationByName("Before");
    if (before.isEmpty()) return null;
    Expression value = before.get().isSingleMemberAnnotationExpr()
        ? before.get().asSingleMemberAnnotationExpr().getMemberValue()
        : before.get().isNormalAnnotationExpr() ? before.get().asNormalAnnotationExpr().getPairs().stream()
            .filter(p -> p.getNameAsString().equals("value")).map(p -> p.getValue()).findFirst().orElse(null)
            : null;
    if (!(value instanceof StringLiteralExpr text)) return null;
    Matcher m = ANNOTATION_POINTCUT.matcher(text.asString());
    if (!m.matches()) return null;
    String named = m.group(1);
    for (Parameter p : advice.getParameters()) {
      if (p.getNameAsString().equals(named)) return simple(p.getTypeAsString());
    }
    return named.contains(".") ? simple(named) : null;
  }

  /** Adds the map entries {@code writer} always overwrites with a constant in an argument of the join point. */
  private static void overwrites(ClassOrInterfaceDeclaration aspect, MethodDeclaration writer,
      String annotation, List<Overwrite> into) {
    List<Integer> indexes = writer.findAll(ArrayAccessExpr.class).stream()
        .filter(a -> a.getName() instanceof MethodCallExpr c && c.getNameAsString().equals("getArgs"))
        .filter(a -> a.getIndex() instanceof IntegerLiteralExpr)
        .map(a -> a.getIndex().asIntegerLiteralExpr().asNumber().intValue()).distinct().toList();
    if (indexes.size() != 1) return;
    for (MethodCallExpr put : writer.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("put")
        && c.getArguments().size() == 2 && c.getArgument(1) instanceof StringLiteralExpr)) {
      String key = constant(aspect, put.getArgument(0));
      String property = put.getScope().filter(Expression::isMethodCallExpr).map(Expression::asMethodCallExpr)
          .filter(g -> g.getArguments().isEmpty() && g.getNameAsString().matches("get[A-Z]\\w*"))
          .map(g -> g.getNameAsString().substring(3)).orElse(null);
      if (key == null || property == null || !always(put, writer)) continue;
      String name = property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1);
      into.add(new Overwrite(annotation, indexes.get(0), name + "." + key));
    }
  }

  /** Returns true if {@code call} runs whenever {@code writer} does, but for type and null checks. */
  private static boolean always(Node call, MethodDeclaration writer) {
    for (Node n = call.getParentNode().orElse(null); n != null && n != writer; n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt branch && !typeOrNullCheck(branch.getCondition())) return false;
      if (!(n instanceof IfStmt || n instanceof BlockStmt || n instanceof ExpressionStmt)) return false;
    }
    return true;
  }

  private static boolean typeOrNullCheck(Expression condition) {
    if (condition instanceof InstanceOfExpr) return true;
    if (condition instanceof BinaryExpr b) {
      if (b.getOperator() == BinaryExpr.Operator.AND) return typeOrNullCheck(b.getLeft()) && typeOrNullCheck(b.getRight());
      return b.getOperator() == BinaryExpr.Operator.NOT_EQUALS
          && (b.getLeft().isNullLiteralExpr() || b.getRight().isNullLiteralExpr());
    }
    return condition instanceof MethodCallExpr c && c.getNameAsString().equals("isNotNull");
  }

  /** Returns a string literal, or the literal a static final field of the aspect holds; null otherwise. */
  private static String constant(ClassOrInterfaceDeclaration aspect, Expression e) {
    if (e instanceof StringLiteralExpr s) return s.asString();
    if (!(e instanceof NameExpr name)) return null;
    for (FieldDeclaration field : aspect.getFields()) {
      if (!field.isStatic() || !field.isFinal()) continue;
      for (var v : field.getVariables()) {
        if (v.getNameAsString().equals(name.getNameAsString())
            && v.getInitializer().orElse(null) instanceof StringLiteralExpr s) {
          return s.asString();
        }
      }
    }
    return null;
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
