package dev.vigil.engine.analysis.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A parsed file: its path, grammar, UTF-8 content and root node; plain Java, no native memory. */
public final class SyntaxTree {
  private final String path;
  private final Grammar grammar;
  private final byte[] content;
  private SyntaxNode root;
  private int errorBytes;

  SyntaxTree(String path, Grammar grammar, byte[] content) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.grammar = Objects.requireNonNull(grammar, "grammar == null");
    this.content = content;
  }

  void root(SyntaxNode node, int errorBytes) {
    this.root = node;
    this.errorBytes = errorBytes;
  }

  /** Returns the path of the file. */
  public String path() {
    return path;
  }

  /** Returns the grammar the file was parsed with. */
  public Grammar grammar() {
    return grammar;
  }

  /** Returns the root node. */
  public SyntaxNode root() {
    return root;
  }

  /** Returns how many bytes of the file lie in syntax errors (tree-sitter recovers from them). */
  public int errorBytes() {
    return errorBytes;
  }

  String text(int start, int end) {
    int from = Math.max(0, Math.min(start, content.length));
    int to = Math.max(from, Math.min(end, content.length));
    return new String(content, from, to - from, StandardCharsets.UTF_8);
  }
}
