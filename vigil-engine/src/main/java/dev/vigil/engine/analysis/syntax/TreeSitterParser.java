package dev.vigil.engine.analysis.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Parses files with tree-sitter under limits for hostile input: at most {@code maxBytes} of
 * content, a parse that gives up past {@code budgetMillis}, a tree at most {@code maxDepth} deep
 * (the front ends walk it recursively), and at most half of the file in syntax errors. Each limit
 * throws an {@link UnparsableSourceException} naming the file and the reason. Thread-safe: every
 * call uses a parser of its own.
 */
public final class TreeSitterParser {
  /** The default size limit: 1 MiB, far above hand-written source; bundles and dumps go over. */
  public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
  /** The default nesting limit of the syntax tree. */
  public static final int DEFAULT_MAX_DEPTH = 400;

  private final int maxBytes;
  private final int maxDepth;

  /** Creates a parser with the given size and depth limits. */
  public TreeSitterParser(int maxBytes, int maxDepth) {
    if (maxBytes <= 0 || maxDepth <= 0) throw new IllegalArgumentException("limits must be positive");
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /** Returns a parser with the default limits. */
  public static TreeSitterParser withDefaultLimits() {
    return new TreeSitterParser(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /** Parses {@code text} as {@code grammar}, giving up after {@code budgetMillis}. */
  public SyntaxTree parse(String path, String text, Grammar grammar, long budgetMillis) {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    String who = path + ": not analysed: ";
    if (content.length > maxBytes) {
      throw new UnparsableSourceException(who + "the file has " + content.length
          + " bytes, over the limit of " + maxBytes + " for " + grammar.label() + " analysis"
          + " (generated or bundled code?)");
    }
    long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
    SyntaxTree tree = new SyntaxTree(path, grammar, content);
    try (TSParser parser = new TSParser()) {
      if (!parser.setLanguage(language(grammar, who))) {
        throw new UnparsableSourceException(who + "the " + grammar.label()
            + " grammar is not compatible with the tree-sitter runtime");
      }
      TSReader reader = (buffer, offset, point) -> {
        int n = Math.max(0, Math.min(buffer.length, content.length - offset));
        System.arraycopy(content, offset, buffer, 0, n);
        return n;
      };
      TSTree parsed = parser.parseWithOptions(new byte[64 * 1024], null, reader,
          TSInputEncoding.TSInputEncodingUTF8, state -> System.nanoTime() - deadline > 0);
      if (parsed == null) {
        throw new UnparsableSourceException(who + "parsing took longer than its budget of "
            + budgetMillis + " ms");
      }
      try (parsed) {
        copy(parsed.getRootNode(), tree, who);
      }
    }
    if (content.length > 0 && tree.errorBytes() * 2 > content.length) {
      throw new UnparsableSourceException(who + "most of the file (" + tree.errorBytes() + " of "
          + content.length + " bytes) is not valid " + grammar.label());
    }
    return tree;
  }

  private static org.treesitter.TSLanguage language(Grammar grammar, String who) {
    try {
      return grammar.language();
    } catch (LinkageError | RuntimeException e) {
      throw new UnparsableSourceException(who + "the tree-sitter " + grammar.label()
          + " parser could not be loaded on this platform: " + e);
    }
  }

  /**
   * Copies the named nodes of the native tree, error nodes and the tokens a field names (an
   * operator) with a cursor, depth first, without recursion; other tokens and comments are left
   * out.
   */
  private void copy(TSNode nativeRoot, SyntaxTree tree, String who) {
    int errors = nativeRoot.isError() ? nativeRoot.getEndByte() - nativeRoot.getStartByte() : 0;
    SyntaxNode root = node(tree, nativeRoot, null);
    Deque<SyntaxNode> parents = new ArrayDeque<>();
    parents.push(root);
    try (TSTreeCursor cursor = new TSTreeCursor(nativeRoot)) {
      if (!cursor.gotoFirstChild()) {
        tree.root(root, errors);
        return;
      }
      walk:
      while (true) {
        TSNode n = cursor.currentNode();
        if (n.isError()) errors += n.getEndByte() - n.getStartByte();
        SyntaxNode made = parents.peek();
        String field = cursor.currentFieldName();
        if ((n.isNamed() && !n.isExtra()) || n.isError() || (field != null && !n.isNamed())) {
          made = node(tree, n, field);
          parents.peek().add(made);
        }
        if (cursor.gotoFirstChild()) {
          if (parents.size() >= maxDepth) {
            throw new UnparsableSourceException(who + "the code nests deeper than " + maxDepth
                + " levels");
          }
          parents.push(made);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) break walk;
          parents.pop();
          if (parents.isEmpty()) break walk;
        }
      }
    }
    tree.root(root, errors);
  }

  private static SyntaxNode node(SyntaxTree tree, TSNode n, String field) {
    return new SyntaxNode(tree, n.getType(), field, n.getStartByte(), n.getEndByte(),
        n.getStartPoint().getRow() + 1, n.getStartPoint().getColumn() + 1,
        n.getEndPoint().getRow() + 1, n.getEndPoint().getColumn() + 1, n.isNamed());
  }
}
