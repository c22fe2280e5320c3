package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds TLS trust that accepts any certificate: trust manager classes and anonymous classes
 * (rule data {@code trustManagerTypes}) whose server check ({@code checkMethods}) does nothing
 * but log ({@code loggers}) or swallow the rejection of a check in a catch clause,
 * trust-all helpers ({@code trustAllTypes}, constructed or as {@code .INSTANCE}), and lambdas
 * that return {@code true} passed to {@code lambdaMethods} such as {@code loadTrustMaterial}.
 */
final class TrustAllCertificatesCheck implements CryptoCheck {
  private static final Set<String> SWALLOWED = Set.of("CertificateException",
      "java.security.cert.CertificateException", "GeneralSecurityException", "Exception",
      "RuntimeException", "Throwable");

  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> managerTypes = Set.copyOf(rule.list("trustManagerTypes"));
    Set<String> checkMethods = Set.copyOf(rule.list("checkMethods"));
    Set<String> trustAllTypes = Set.copyOf(rule.list("trustAllTypes"));
    Set<String> lambdaMethods = Set.copyOf(rule.list("lambdaMethods"));
    Set<String> loggers = rule.lowerSet("loggers");
    List<Hit> hits = new ArrayList<>();
    for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
      NodeList<ClassOrInterfaceType> supertypes = new NodeList<>(type.getImplementedTypes());
      supertypes.addAll(type.getExtendedTypes());
      if (supertypes.stream().anyMatch(t -> managerTypes.contains(t.getNameAsString()))) {
        emptyCheck(type.getMembers(), checkMethods, loggers).ifPresent(hits::add);
      }
    }
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      String typeName = creation.getType().getNameAsString();
      if (creation.getAnonymousClassBody().isPresent() && managerTypes.contains(typeName)) {
        emptyCheck(creation.getAnonymousClassBody().get(), checkMethods, loggers).ifPresent(hits::add);
      } else if (trustAllTypes.contains(typeName)) {
        hits.add(Hit.at(creation, typeName + " trusts every certificate."));
      }
    }
    for (FieldAccessExpr access : file.all(FieldAccessExpr.class)) {
      if (access.getNameAsString().equals("INSTANCE") && trustAllTypes.contains(access.getScope().toString())) {
        hits.add(Hit.at(access, access.getScope() + " trusts every certificate."));
      }
    }
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (!lambdaMethods.contains(call.getNameAsString())) continue;
      for (var argument : call.getArguments()) {
        if (argument instanceof LambdaExpr lambda && Lambdas.returnsTrue(lambda)) {
          hits.add(Hit.at(call, "The trust strategy passed to " + call.getNameAsString()
              + " accepts every certificate."));
        }
      }
    }
    return hits;
  }

  private static Optional<Hit> emptyCheck(NodeList<BodyDeclaration<?>> members, Set<String> checkMethods,
      Set<String> loggers) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof MethodDeclaration method && checkMethods.contains(method.getNameAsString())
          && method.getBody().map(body -> acceptsAll(body.getStatements(), loggers)).orElse(false)) {
        return Optional.of(Hit.at(method.getName(), method.getNameAsString()
            + " returns without checking the certificate chain."));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns true if the statements can never reject: they only log and return, or run checks
   * inside a try whose catch clauses swallow the rejection.
   */
  private static boolean acceptsAll(NodeList<Statement> statements, Set<String> loggers) {
    for (Statement statement : statements) {
      if (statement.isEmptyStmt()) continue;
      if (statement instanceof ReturnStmt ret && ret.getExpression().isEmpty()) continue;
      if (statement instanceof ExpressionStmt expression
          && expression.getExpression() instanceof MethodCallExpr call && logging(call, loggers)) {
        continue;
      }
      if (statement instanceof TryStmt attempt && swallowsEverything(attempt, loggers)) continue;
      return false;
    }
    return true;
  }

  private static boolean swallowsEverything(TryStmt attempt, Set<String> loggers) {
    if (attempt.getCatchClauses().isEmpty() || attempt.getFinallyBlock().isPresent()) return false;
    if (!attempt.getTryBlock().findAll(ThrowStmt.class).isEmpty()) return false;
    return attempt.getCatchClauses().stream().allMatch(clause ->
        SWALLOWED.contains(clause.getParameter().getType().asString())
            && acceptsAll(clause.getBody().getStatements(), loggers));
  }

  private static boolean logging(MethodCallExpr call, Set<String> loggers) {
    return call.getScope().map(scope -> {
      String text = scope.toString().toLowerCase(Locale.ROOT);
      return loggers.contains(text) || Identifiers.words(scope.toString()).stream().anyMatch(loggers::contains);
    }).orElse(false);
  }
}
