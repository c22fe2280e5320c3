package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds digests with a broken algorithm: {@code MessageDigest.getInstance} with a weak name (a
 * literal, a constant of this file, or the default of a settings look-up), and helper calls that
 * always use one (rule data
 * {@code weakCalls}, e.g. {@code DigestUtils.md5Hex}).
 */
final class WeakHashCheck implements CryptoCheck {
  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> weak = rule.lowerSet("algorithms");
    List<CallSite> factories = CallSite.parseAll(rule.list("factories"));
    List<CallSite> weakCalls = CallSite.parseAll(rule.list("weakCalls"));
    Set<String> weakConstants = Set.copyOf(rule.list("weakConstants"));
    List<Hit> hits = new ArrayList<>();
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (weakCalls.stream().anyMatch(site -> site.matches(call))) {
        hits.add(Hit.at(call, Scopes.scopeName(call).orElse("") + "." + call.getNameAsString()
            + " computes a weak digest."));
        continue;
      }
      Optional<CallSite> factory = factories.stream().filter(site -> site.matches(call)).findFirst();
      if (factory.isEmpty()) continue;
      factory.get().argumentOf(call.getArguments()).ifPresent(argument -> {
        if (argument instanceof FieldAccessExpr access
            && weakConstants.contains(access.getScope() + "." + access.getNameAsString())) {
          hits.add(Hit.at(call, "The digest uses " + access + "."));
          return;
        }
        Constants.stringsOrDefaults(argument).flatMap(values -> values.stream()
                .filter(v -> weak.contains(v.text().strip().toLowerCase(Locale.ROOT))).findFirst())
            .ifPresent(v -> hits.add(Hit.at(call, "The digest uses " + v.text() + ".",
                Clues.constantAt(call, v))));
      });
    }
    return hits;
  }
}
