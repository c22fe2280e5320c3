package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds initialisation vectors and nonces fixed in the source, and those that repeat although not
 * written out: bytes of the key ({@code Arrays.copyOf(keyBytes, 16)}, {@code key.getEncoded()}),
 * and an array filled only by a generator seeded with a constant ({@code setSeed(42)},
 * {@code new Random(42)}).
 */
final class StaticIvCheck extends FixedBytesCheck {
  private static final Set<String> COPIES = Set.of("copyOf", "copyOfRange", "clone", "getEncoded");

  @Override
  String detail(String site, String how) {
    return site + " gets " + how + " as its IV or nonce.";
  }

  @Override
  boolean carriesSecret() {
    return false;
  }

  @Override
  Optional<String> repeated(Expression argument) {
    if (fromKey(argument)) return Optional.of("bytes of the key");
    Optional<Scopes.Declaration> declaration = Scopes.variableName(argument)
        .flatMap(name -> Scopes.declaration(argument, name))
        .filter(d -> d.variable() != null && !d.field());
    if (declaration.isEmpty()) return Optional.empty();
    List<Expression> values = Scopes.assignedValues(declaration.get());
    if (values.size() == 1 && fromKey(values.get(0))) return Optional.of("bytes of the key");
    if (values.size() == 1 && values.get(0) instanceof ArrayCreationExpr creation
        && creation.getInitializer().isEmpty() && filledOnlyBySeeded(declaration.get())) {
      return Optional.of("bytes of a generator seeded with a constant");
    }
    return Optional.empty();
  }

  /** Returns true if {@code e} copies key material: a variable named like a key, or its bytes. */
  private static boolean fromKey(Expression e) {
    if (e instanceof MethodCallExpr call && COPIES.contains(call.getNameAsString())) {
      Expression source = call.getNameAsString().startsWith("copyOf") && call.getArguments().size() >= 2
          ? call.getArgument(0) : call.getScope().orElse(null);
      return source != null && Scopes.variableName(source).map(StaticIvCheck::namesKey).orElse(false);
    }
    return false;
  }

  private static boolean namesKey(String identifier) {
    List<String> words = Identifiers.words(identifier);
    return words.contains("key") && !words.contains("iv") && !words.contains("nonce");
  }

  /** Returns true if every call that receives the array is {@code g.nextBytes(array)} on a seeded {@code g}. */
  private static boolean filledOnlyBySeeded(Scopes.Declaration array) {
    String name = array.variable().getNameAsString();
    boolean filled = false;
    for (MethodCallExpr call : array.scope().findAll(MethodCallExpr.class)) {
      boolean receives = call.getArguments().stream()
          .anyMatch(a -> Scopes.variableName(a).filter(name::equals).isPresent());
      if (!receives) continue;
      if (!call.getNameAsString().equals("nextBytes") || call.getScope().isEmpty()
          || !seeded(call.getScope().get(), call)) {
        return false;
      }
      filled = true;
    }
    return filled;
  }

  /** Returns true if the generator is a local created or re-seeded with a constant seed. */
  private static boolean seeded(Expression generator, Node use) {
    Optional<String> name = Scopes.variableName(generator);
    Optional<Scopes.Declaration> declaration = name.flatMap(n -> Scopes.declaration(use, n))
        .filter(d -> d.variable() != null && !d.field());
    if (declaration.isEmpty()) return false;
    boolean createdSeeded = declaration.get().variable().getInitializer()
        .filter(init -> init instanceof ObjectCreationExpr c && c.getArguments().size() == 1
            && Constants.single(c.getArgument(0)).isPresent())
        .isPresent();
    boolean reseeded = declaration.get().scope().findAll(MethodCallExpr.class).stream()
        .anyMatch(c -> c.getNameAsString().equals("setSeed") && c.getArguments().size() == 1
            && c.getScope().flatMap(Scopes::variableName).filter(name.get()::equals).isPresent()
            && Constants.single(c.getArgument(0)).isPresent());
    return createdSeeded || reseeded;
  }
}
