package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predictable randomness becomes {@code SecureRandom}: {@code new Random(...)} (a seed makes it
 * worse) and {@code ThreadLocalRandom.current()} become {@code new SecureRandom()}, which is a
 * {@code Random}, so declarations keep their type; {@code Math.random()} becomes
 * {@code new SecureRandom().nextDouble()}; Commons Lang's {@code RandomStringUtils} takes a
 * {@code SecureRandom} as its source. The sources are looked for in the finding's method and the
 * fields it reads.
 */
final class PredictableRandomFix extends JavaFix {
  private static final Map<String, String> COMMONS_KINDS = Map.of(
      "randomAlphanumeric", "true, true", "randomAlphabetic", "true, false", "randomNumeric", "false, true",
      "randomAscii", "false, false");

  PredictableRandomFix() {
    super("java.predictable-random");
  }

  @Override
  String fix(Edit edit) {
    JavaUnit unit = edit.unit();
    Node member = unit.covering(Node.class, edit.finding.location().line()).stream()
        .filter(n -> JavaUnit.enclosingMember(n).orElse(null) == n).reduce((inner, outer) -> outer)
        .orElseThrow(() -> new NoSafeFix("the finding is not inside a method or field"));
    List<Node> scope = new ArrayList<>(List.of(member));
    scope.addAll(FieldReach.of(member));
    List<String> replaced = new ArrayList<>();
    for (Node node : scope) {
      for (ObjectCreationExpr creation : node.findAll(ObjectCreationExpr.class,
          c -> c.getType().getNameAsString().equals("Random") && c.getAnonymousClassBody().isEmpty())) {
        replaced.add(creation.toString());
        creation.replace(secureRandom());
      }
      for (MethodCallExpr call : node.findAll(MethodCallExpr.class, PredictableRandomFix::isSource)) {
        replaced.add(call.toString());
        call.getParentNode().filter(p -> p instanceof com.github.javaparser.ast.body.VariableDeclarator)
            .map(p -> (com.github.javaparser.ast.body.VariableDeclarator) p)
            .filter(v -> v.getTypeAsString().endsWith("ThreadLocalRandom"))
            .ifPresent(v -> v.setType(StaticJavaParser.parseClassOrInterfaceType("SecureRandom")));
        call.replace(replacement(call));
      }
    }
    if (replaced.isEmpty()) {
      throw new NoSafeFix("the predictable random source is not created in the finding's method or the fields it "
          + "reads (it comes from a helper or a parameter), so there is no single place to change");
    }
    if (!unit.addImport("java.security.SecureRandom")) {
      throw new NoSafeFix("the name SecureRandom is taken by another import in " + unit.path());
    }
    return "Replaces " + String.join(", ", replaced) + " with SecureRandom, whose output cannot be predicted from "
        + "earlier values or the time it was seeded.";
  }

  private static boolean isSource(MethodCallExpr call) {
    String scope = call.getScope().map(Node::toString).orElse("");
    return scope.equals("Math") && call.getNameAsString().equals("random")
        || scope.endsWith("ThreadLocalRandom") && call.getNameAsString().equals("current")
        || scope.endsWith("RandomStringUtils") && COMMONS_KINDS.containsKey(call.getNameAsString())
            && call.getArguments().size() == 1;
  }

  private static Expression replacement(MethodCallExpr call) {
    if (call.getNameAsString().equals("random")) return new MethodCallExpr(secureRandom(), "nextDouble");
    if (call.getNameAsString().equals("current")) return secureRandom();
    String[] kinds = COMMONS_KINDS.get(call.getNameAsString()).split(", ");
    return new MethodCallExpr(call.getScope().get().clone(), "random", new NodeList<>(call.getArgument(0).clone(),
        new IntegerLiteralExpr("0"), new IntegerLiteralExpr("0"), new BooleanLiteralExpr(Boolean.parseBoolean(kinds[0])),
        new BooleanLiteralExpr(Boolean.parseBoolean(kinds[1])), new NullLiteralExpr(), secureRandom()));
  }

  private static ObjectCreationExpr secureRandom() {
    return new ObjectCreationExpr(null, StaticJavaParser.parseClassOrInterfaceType("SecureRandom"), new NodeList<>());
  }
}
