package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared base of the rules about bytes fixed in the source: finds the constructor and call
 * arguments named by rule data {@code sites} (e.g. {@code IvParameterSpec:0}) that receive
 * {@link StaticBytes fixed bytes}, and the arguments named by {@code stringSites} that receive a
 * string constant. A string constant found this way is carried as the hit's secret.
 */
abstract class FixedBytesCheck implements CryptoCheck {
  @Override
  public final List<Hit> check(JavaFile file, CryptoRule rule) {
    List<CallSite> sites = CallSite.parseAll(rule.list("sites"));
    List<CallSite> stringSites = CallSite.parseAll(rule.data().getOrDefault("stringSites", List.of()));
    List<Hit> hits = new ArrayList<>();
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      for (CallSite site : sites) {
        if (site.matches(creation)) {
          site.argumentOf(creation.getArguments()).flatMap(a -> fixed(creation, a))
              .ifPresent(hits::add);
        }
      }
    }
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      for (CallSite site : sites) {
        if (site.matches(call)) {
          site.argumentOf(call.getArguments()).flatMap(a -> fixed(call, a)).ifPresent(hits::add);
        }
      }
      for (CallSite site : stringSites) {
        if (site.matches(call)) {
          site.argumentOf(call.getArguments()).flatMap(a -> constantString(call, a))
              .ifPresent(hits::add);
        }
      }
    }
    return hits;
  }

  /** Returns the sentence for a fixed value described by {@code how}, at {@code site}. */
  abstract String detail(String site, String how);

  /** Returns true if the fixed value is a secret, to be masked in excerpts and evidence. */
  abstract boolean carriesSecret();

  /**
   * Returns how {@code argument} is the same on every run in a way particular to this rule, beyond
   * {@link StaticBytes}; empty by default.
   */
  Optional<String> repeated(Expression argument) {
    return Optional.empty();
  }

  private Optional<Hit> fixed(Node site, Expression argument) {
    return StaticBytes.describe(argument).or(() -> repeated(argument)).map(how -> {
      Hit hit = Hit.at(site, detail(name(site), how));
      return carriesSecret() ? secretOf(argument).map(hit::withSecret).orElse(hit) : hit;
    });
  }

  private Optional<Hit> constantString(MethodCallExpr call, Expression argument) {
    return Constants.single(argument).filter(v -> !v.text().isBlank())
        .map(v -> Hit.at(call, detail(name(call), "a string constant")).withSecret(v.text()));
  }

  private static Optional<String> secretOf(Expression argument) {
    if (argument instanceof MethodCallExpr call && call.getScope().isPresent()) {
      Optional<Constants.Value> scope = Constants.single(call.getScope().get());
      if (scope.isPresent()) return scope.map(Constants.Value::text);
      if (call.getArguments().size() == 1) return Constants.single(call.getArgument(0)).map(Constants.Value::text);
    }
    return Optional.empty();
  }

  private static String name(Node site) {
    if (site instanceof ObjectCreationExpr creation) return "new " + creation.getType().getNameAsString();
    MethodCallExpr call = (MethodCallExpr) site;
    return Scopes.scopeName(call).map(s -> s + ".").orElse("") + call.getNameAsString();
  }
}
