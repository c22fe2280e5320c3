package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds hostname verification switched off: verifier classes and anonymous classes (rule data
 * {@code verifierTypes}) whose {@code verify} is {@code return true;}, lambdas returning
 * {@code true}, or method references to a method of this file that always does, given to a
 * verifier setter ({@code setterMethods}) or variable, allow-all verifiers of libraries
 * ({@code allowAllTypes}, {@code allowAllFields}), and system properties that switch the check
 * off set to {@code "true"} ({@code disablingProperties}).
 */
final class TrustAllHostnamesCheck implements CryptoCheck {
  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> verifierTypes = Set.copyOf(rule.list("verifierTypes"));
    Set<String> allowAllTypes = Set.copyOf(rule.list("allowAllTypes"));
    Set<String> allowAllFields = Set.copyOf(rule.list("allowAllFields"));
    Set<String> setters = Set.copyOf(rule.list("setterMethods"));
    Set<String> disablingProperties = Set.copyOf(rule.list("disablingProperties"));
    List<Hit> hits = new ArrayList<>();
    for (ClassOrInterfaceDeclaration type : file.all(ClassOrInterfaceDeclaration.class)) {
      if (type.getImplementedTypes().stream().anyMatch(t -> verifierTypes.contains(t.getNameAsString()))) {
        acceptAll(type.getMembers()).ifPresent(hits::add);
      }
    }
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      String typeName = creation.getType().getNameAsString();
      if (creation.getAnonymousClassBody().isPresent() && verifierTypes.contains(typeName)) {
        acceptAll(creation.getAnonymousClassBody().get()).ifPresent(hits::add);
      } else if (allowAllTypes.contains(typeName)) {
        hits.add(Hit.at(creation, typeName + " accepts any host name."));
      }
    }
    for (FieldAccessExpr access : file.all(FieldAccessExpr.class)) {
      boolean allowAllInstance = access.getNameAsString().equals("INSTANCE")
          && allowAllTypes.contains(access.getScope().toString());
      if (allowAllInstance || allowAllFields.contains(access.getNameAsString())) {
        hits.add(Hit.at(access, access + " accepts any host name."));
      }
    }
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (Scopes.isStaticCall(call, "setProperty", "System") && call.getArguments().size() == 2
          && Constants.single(call.getArgument(0)).map(Constants.Value::text)
              .filter(disablingProperties::contains).isPresent()
          && Constants.single(call.getArgument(1)).filter(v -> v.text().equalsIgnoreCase("true")).isPresent()) {
        hits.add(Hit.at(call, "System property " + Constants.single(call.getArgument(0)).get().text()
            + " switches hostname verification off."));
      }
      if (!setters.contains(call.getNameAsString())) continue;
      for (Expression argument : call.getArguments()) {
        boolean acceptsAll = argument instanceof LambdaExpr lambda ? Lambdas.returnsTrue(lambda)
            : argument instanceof MethodReferenceExpr reference && Lambdas.referencesTrue(reference);
        if (acceptsAll) {
          hits.add(Hit.at(call, "The hostname verifier given to " + call.getNameAsString()
              + " accepts any host name."));
        }
      }
    }
    for (VariableDeclarator variable : file.all(VariableDeclarator.class)) {
      if (verifierTypes.contains(Scopes.simpleName(variable.getType()))
          && variable.getInitializer().filter(i -> i instanceof LambdaExpr l && Lambdas.returnsTrue(l)).isPresent()) {
        hits.add(Hit.at(variable, "Hostname verifier " + variable.getNameAsString()
            + " accepts any host name."));
      }
    }
    return hits;
  }

  private static Optional<Hit> acceptAll(NodeList<BodyDeclaration<?>> members) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof MethodDeclaration method && method.getNameAsString().equals("verify")
          && method.getBody().map(Lambdas::returnsTrue).orElse(false)) {
        return Optional.of(Hit.at(method.getName(), "verify accepts every host name."));
      }
    }
    return Optional.empty();
  }
}
