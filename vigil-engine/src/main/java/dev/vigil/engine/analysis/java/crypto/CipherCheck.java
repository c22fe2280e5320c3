package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared base of the cipher rules: finds {@code Cipher.getInstance} calls whose transformation is
 * known (a literal, a constant of this file, or the default of a settings look-up) and asks the
 * rule what is wrong with it.
 */
abstract class CipherCheck implements CryptoCheck {
  @Override
  public final List<Hit> check(JavaFile file, CryptoRule rule) {
    List<CallSite> factories = CallSite.parseAll(rule.list("factories"));
    List<Hit> hits = new ArrayList<>();
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (factories.stream().noneMatch(site -> site.matches(call)) || call.getArguments().isEmpty()) {
        continue;
      }
      Constants.stringsOrDefaults(call.getArgument(0)).ifPresent(values -> {
        for (Constants.Value value : values) {
          Optional<String> problem = problem(CipherTransformation.parse(value.text()), rule);
          if (problem.isPresent()) {
            hits.add(Hit.at(call, problem.get(), Clues.constantAt(call, value)));
            return;
          }
        }
      });
    }
    return hits;
  }

  /** Returns a sentence naming what is wrong with {@code transformation}, or empty if nothing is. */
  abstract Optional<String> problem(CipherTransformation transformation, CryptoRule rule);
}
