package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds TLS trust that accepts any certificate: trust manager classes and anonymous classes
 * (rule data {@code trustManagerTypes}) whose server check ({@code checkMethods}) does nothing,
 * trust-all helpers ({@code trustAllTypes}, constructed or as {@code .INSTANCE}), and lambdas
 * that return {@code true} passed to {@code lambdaMethods} such as {@code loadTrustMaterial}.
 */
final class TrustAllCertificatesCheck implements CryptoCheck {
  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> managerTypes = Set.copyOf(rule.list("trustManagerTypes"));
    Set<String> checkMethods = Set.copyOf(rule.list("checkMethods"));
    Set<String> trustAllTypes = Set.copyOf(rule.list("trustAllTypes"));
    Set<String> lambdaMethods = Set.copyOf(rule.list("lambdaMethods"));
    List<Hit> hits = new ArrayList<>();
    for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
      NodeList<ClassOrInterfaceType> supertypes = new NodeList<>(type.getImplementedTypes());
      supertypes.addAll(type.getExtendedTypes());
      if (supertypes.stream().anyMatch(t -> managerTypes.contains(t.getNameAsString()))) {
        emptyCheck(type.getMembers(), checkMethods).ifPresent(hits::add);
      }
    }
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      String typeName = creation.getType().getNameAsString();
      if (creation.getAnonymousClassBody().isPresent() && managerTypes.contains(typeName)) {
        emptyCheck(creation.getAnonymousClassBody().get(), checkMethods).ifPresent(hits::add);
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

  private static Optional<Hit> emptyCheck(NodeList<BodyDeclaration<?>> members, Set<String> checkMethods) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof MethodDeclaration method && checkMethods.contains(method.getNameAsString())
          && method.getBody().map(body -> acceptsAll(body.getStatements())).orElse(false)) {
        return Optional.of(Hit.at(method.getName(), method.getNameAsString()
            + " returns without checking the certificate chain."));
      }
    }
    return Optional.empty();
  }

  private static boolean acceptsAll(NodeList<Statement> statements) {
    for (Statement statement : statements) {
      if (statement.isEmptyStmt()) continue;
      if (statement instanceof ReturnStmt ret && ret.getExpression().isEmpty()) continue;
      return false;
    }
    return true;
  }
}
