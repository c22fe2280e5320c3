package dev.vigil.engine.analysis.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a parsed file, copied out of tree-sitter: its type, the field its parent names it by
 * (or null), its region (1-based lines and columns, columns counted in bytes), whether it is named
 * and its children: named nodes, and the tokens a field names (an operator). Its text is read from the file it belongs to.
 */
public final class SyntaxNode {
  private final SyntaxTree tree;
  private final String type;
  private final String field;
  private final int startByte;
  private final int endByte;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;
  private final boolean named;
  private final List<SyntaxNode> children = new ArrayList<>();

  SyntaxNode(SyntaxTree tree, String type, String field, int startByte, int endByte, int line,
      int column, int endLine, int endColumn, boolean named) {
    this.tree = Objects.requireNonNull(tree, "tree == null");
    this.type = Objects.requireNonNull(type, "type == null");
    this.field = field;
    this.startByte = startByte;
    this.endByte = endByte;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.named = named;
  }

  void add(SyntaxNode child) {
    children.add(child);
  }

  /** Returns the grammar's node type, e.g. {@code call} or {@code member_expression}. */
  public String type() {
    return type;
  }

  /** Returns the name of the field this node fills in its parent, or null. */
  public String field() {
    return field;
  }

  /** Returns false for a token kept only because a field names it (an operator). */
  public boolean isNamedNode() {
    return named;
  }

  /** Returns the named children (and tokens a field names) in source order. */
  public List<SyntaxNode> children() {
    return children;
  }

  /** Returns the first named child filling {@code name}, or null. */
  public SyntaxNode child(String name) {
    for (SyntaxNode c : children) {
      if (name.equals(c.field)) return c;
    }
    return null;
  }

  /** Returns every named child filling {@code name}, in order. */
  public List<SyntaxNode> children(String name) {
    return children.stream().filter(c -> name.equals(c.field)).toList();
  }

  /** Returns the first named child of {@code nodeType}, or null. */
  public SyntaxNode firstOfType(String nodeType) {
    for (SyntaxNode c : children) {
      if (c.type.equals(nodeType)) return c;
    }
    return null;
  }

  /** Returns the source text of this node. */
  public String text() {
    return tree.text(startByte, endByte);
  }

  /** Returns the 1-based line the node starts on. */
  public int line() {
    return line;
  }

  /** Returns the 1-based column the node starts at. */
  public int column() {
    return column;
  }

  /** Returns the 1-based line the node ends on. */
  public int endLine() {
    return endLine;
  }

  /** Returns the 1-based column after the node's last character. */
  public int endColumn() {
    return endColumn;
  }

  /** Returns the path of the file the node belongs to. */
  public String path() {
    return tree.path();
  }

  @Override
  public String toString() {
    return type + "@" + line + ":" + column;
  }
}
