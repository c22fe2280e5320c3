package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds digests with a broken algorithm: {@code MessageDigest.getInstance} with a weak name (a
 * literal, a constant of this file, or the default of a settings look-up), digest objects
 * constructed with one ({@code new DigestUtils(MessageDigestAlgorithms.SHA_1)}; rule data
 * {@code factories} lists both shapes), and helper calls that always use one (rule data
 * {@code weakCalls}, e.g. {@code DigestUtils.md5Hex}). What the digest is for decides
 * ({@link HashPurpose}): a checksum, an ETag, a cache key or a hash-ring position is not reported,
 * since collisions do not weaken it; a password, token or signature is, and the finding says so.
 */
final class WeakHashCheck implements CryptoCheck {
  @Override
  public List<Hit> check(JavaFile file, CryptoRule rule) {
    Set<String> weak = rule.lowerSet("algorithms");
    List<CallSite> factories = CallSite.parseAll(rule.list("factories"));
    List<CallSite> weakCalls = CallSite.parseAll(rule.list("weakCalls"));
    Set<String> weakConstants = Set.copyOf(rule.list("weakConstants"));
    HashPurpose purposes = new HashPurpose(rule);
    List<Hit> hits = new ArrayList<>();
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      Optional<Hit> hit = weakCalls.stream().anyMatch(site -> site.matches(call))
          ? Optional.of(Hit.at(call, Scopes.scopeName(call).orElse("") + "." + call.getNameAsString()
              + " computes a weak digest."))
          : factories.stream().filter(site -> site.matches(call)).findFirst()
              .flatMap(site -> site.argumentOf(call.getArguments()))
              .flatMap(argument -> weakArgument(call, argument, weak, weakConstants));
      hit.flatMap(h -> forPurpose(h, purposes.of(file, call))).ifPresent(hits::add);
    }
    for (ObjectCreationExpr creation : file.all(ObjectCreationExpr.class)) {
      factories.stream().filter(site -> site.matches(creation)).findFirst()
          .flatMap(site -> site.argumentOf(creation.getArguments()))
          .flatMap(argument -> weakArgument(creation, argument, weak, weakConstants))
          .flatMap(h -> forPurpose(h, purposes.of(file, creation))).ifPresent(hits::add);
    }
    return hits;
  }

  /** Returns the hit unless the digest serves no security purpose, naming the purpose if known. */
  private static Optional<Hit> forPurpose(Hit hit, HashPurpose.Purpose purpose) {
    return switch (purpose.use()) {
      case OTHER -> Optional.empty();
      case SECURITY -> Optional.of(new Hit(hit.range(), hit.detail() + " The code around it speaks of "
          + purpose.word() + ", a security use.", hit.clues(), hit.secret()));
      case UNKNOWN -> Optional.of(hit);
    };
  }

  /** Returns a hit at {@code site} if its algorithm argument names a weak digest. */
  private static Optional<Hit> weakArgument(Node site, Expression argument, Set<String> weak,
      Set<String> weakConstants) {
    if (argument instanceof FieldAccessExpr access
        && weakConstants.contains(access.getScope() + "." + access.getNameAsString())) {
      return Optional.of(Hit.at(site, "The digest uses " + access + "."));
    }
    return Constants.stringsOrDefaults(argument).flatMap(values -> values.stream()
            .filter(v -> weak.contains(v.text().strip().toLowerCase(Locale.ROOT))).findFirst())
        .map(v -> Hit.at(site, "The digest uses " + v.text() + ".", Clues.constantAt(site, v)));
  }
}
