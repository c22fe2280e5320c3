package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a digest is for from the words of the code around it: the names and string literals
 * of the method that computes it (its name, parameters, variables, the calls its value goes to,
 * an {@code "ETag"} header) and the enclosing class's name; if those say nothing, the callers of
 * that method in the same file, with the variables they store its result in. A security word (rule data
 * {@code securityWords}: password, token, signature, session...; "key" only after one of
 * {@code securityKeyQualifiers}, so a cache key is not one) makes it a security use, which is
 * kept; otherwise a word of {@code otherWords} (checksum, etag, cache, uuid, ring, shard, dedup,
 * file, content...) makes it a use where collisions do not matter, which is not reported; with
 * neither, the purpose is unknown and the finding stays.
 */
final class HashPurpose {
  /** What the code says the digest is for, and the word that says it (null if unknown). */
  record Purpose(Use use, String word) {}

  /** The kinds of use. */
  enum Use { SECURITY, OTHER, UNKNOWN }

  private final Set<String> securityWords;
  private final Set<String> keyQualifiers;
  private final Set<String> otherWords;

  HashPurpose(CryptoRule rule) {
    this.securityWords = rule.lowerSet("securityWords");
    this.keyQualifiers = rule.lowerSet("securityKeyQualifiers");
    this.otherWords = rule.lowerSet("otherWords");
  }

  /** Returns the purpose of the digest computed at {@code site} in {@code file}. */
  Purpose of(JavaFile file, Node site) {
    List<String> own = new ArrayList<>();
    Node body = Scopes.body(site);
    words(body, own);
    site.findAncestor(TypeDeclaration.class).ifPresent(type -> addWords(type.getNameAsString(), own));
    Purpose purpose = purpose(own);
    if (purpose.use() != Use.UNKNOWN || !(body instanceof CallableDeclaration<?> callable)) return purpose;
    List<String> callers = new ArrayList<>();
    callers(file, callable.getNameAsString(), callers);
    return purpose(callers);
  }

  private Purpose purpose(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean qualifiedKey = word.equals("key") && i > 0 && keyQualifiers.contains(words.get(i - 1));
      if (securityWords.contains(word) || qualifiedKey) {
        return new Purpose(Use.SECURITY, qualifiedKey ? words.get(i - 1) + " key" : word);
      }
    }
    Optional<String> other = words.stream().filter(otherWords::contains).findFirst();
    return other.map(word -> new Purpose(Use.OTHER, word)).orElse(new Purpose(Use.UNKNOWN, null));
  }

  /** Adds the words of every name and string literal under {@code node}, in source order. */
  private static void words(Node node, List<String> words) {
    node.walk(Node.TreeTraversal.PREORDER, n -> {
      if (n instanceof SimpleName name) addWords(name.getIdentifier(), words);
      if (n instanceof StringLiteralExpr literal) addWords(literal.getValue(), words);
    });
  }

  /** Adds the words of a name, then the whole name in lower case ({@code ETag}: e, tag, etag). */
  private static void addWords(String name, List<String> words) {
    List<String> split = Identifiers.words(name);
    words.addAll(split);
    if (split.size() > 1) words.add(String.join("", split));
  }

  /** Adds the words of the callers of {@code method} in the file: their names, parameters and the variables they fill. */
  private static void callers(JavaFile file, String method, List<String> words) {
    for (MethodCallExpr call : file.all(MethodCallExpr.class)) {
      if (!call.getNameAsString().equals(method)) continue;
      Node caller = Scopes.body(call);
      if (caller instanceof CallableDeclaration<?> callable) {
        addWords(callable.getNameAsString(), words);
        callable.getParameters().forEach(p -> addWords(p.getNameAsString(), words));
      }
      call.getParentNode().ifPresent(parent -> parent.getChildNodes().stream()
          .filter(child -> child instanceof SimpleName)
          .forEach(name -> addWords(((SimpleName) name).getIdentifier(), words)));
    }
  }
}
