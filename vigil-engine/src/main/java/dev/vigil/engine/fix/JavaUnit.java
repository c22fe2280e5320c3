package dev.vigil.engine.fix;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One Java file being edited: parsed for the lexical-preserving printer, so that printing it back
 * reproduces every untouched line byte for byte and only the nodes a fix replaced are re-printed.
 */
final class JavaUnit {
  private final String path;
  private final CompilationUnit unit;
  private final String before;

  private JavaUnit(String path, CompilationUnit unit, String before) {
    this.path = path;
    this.unit = unit;
    this.before = before;
  }

  /** Returns the parsed file, or empty when it is not Java the parser accepts. */
  static Optional<JavaUnit> parse(String path, String text) {
    ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) return Optional.empty();
    CompilationUnit unit = result.getResult().get();
    LexicalPreservingPrinter.setup(unit);
    return Optional.of(new JavaUnit(path, unit, text));
  }

  /** Returns the tree (edit it in place). */
  CompilationUnit unit() {
    return unit;
  }

  /** Returns the file's path. */
  String path() {
    return path;
  }

  /** Returns the nodes of {@code type} that start on {@code line}, outermost first. */
  <T extends Node> List<T> startingOn(Class<T> type, int line) {
    return unit.findAll(type, n -> n.getRange().map(r -> r.begin.line == line).orElse(false)).stream()
        .sorted(Comparator.comparingInt(n -> -length(n))).toList();
  }

  /** Returns the nodes of {@code type} whose range covers {@code line}, innermost first. */
  <T extends Node> List<T> covering(Class<T> type, int line) {
    return unit.findAll(type, n -> n.getRange().map(r -> r.begin.line <= line && r.end.line >= line)
        .orElse(false)).stream().sorted(Comparator.comparingInt(JavaUnit::length)).toList();
  }

  /**
   * Imports {@code qualified} (a class name) unless it is imported already or its simple name is
   * taken; a new import goes where it sorts among the existing ones. Returns false when the simple
   * name is taken by another import, so the caller must use the qualified name.
   */
  boolean addImport(String qualified) {
    String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
    String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
    NodeList<ImportDeclaration> imports = unit.getImports();
    for (ImportDeclaration existing : imports) {
      if (existing.isStatic()) continue;
      String name = existing.getNameAsString();
      if (existing.isAsterisk() ? name.equals(pkg) : name.equals(qualified)) return true;
      if (!existing.isAsterisk() && name.endsWith("." + simple)) return false;
    }
    if (pkg.equals("java.lang")) return true;
    ImportDeclaration added = new ImportDeclaration(qualified, false, false);
    int index = imports.size();
    for (int i = 0; i < imports.size(); i++) {
      ImportDeclaration existing = imports.get(i);
      if (!existing.isStatic() && existing.getNameAsString().compareTo(qualified) > 0) {
        index = i;
        break;
      }
    }
    if (index == imports.size() && !imports.isEmpty() && imports.get(imports.size() - 1).isStatic()) {
      index = firstStaticAfterPlain(imports);
    }
    imports.add(index, added);
    return true;
  }

  private static int firstStaticAfterPlain(NodeList<ImportDeclaration> imports) {
    int index = imports.size();
    for (int i = imports.size() - 1; i >= 0 && imports.get(i).isStatic(); i--) index = i;
    return index;
  }

  /** Returns the statement that holds {@code node} directly in a block, if any. */
  static Optional<Statement> enclosingBlockStatement(Node node) {
    Node current = node;
    while (current != null) {
      if (current instanceof Statement statement && current.getParentNode().orElse(null) instanceof BlockStmt) {
        return Optional.of(statement);
      }
      current = current.getParentNode().orElse(null);
    }
    return Optional.empty();
  }

  /** Returns the member (method, constructor, field, initializer) that holds {@code node}. */
  static Optional<BodyDeclaration<?>> enclosingMember(Node node) {
    Node current = node;
    while (current != null) {
      if (current instanceof BodyDeclaration<?> member
          && !(current instanceof com.github.javaparser.ast.body.TypeDeclaration<?>)) {
        return Optional.of(member);
      }
      current = current.getParentNode().orElse(null);
    }
    return Optional.empty();
  }

  /** Inserts {@code statement} just before {@code anchor} in its block. */
  static void insertBefore(Statement anchor, Statement statement) {
    BlockStmt block = (BlockStmt) anchor.getParentNode().orElseThrow();
    block.getStatements().addBefore(statement, anchor);
  }

  /** Inserts {@code statement} just after {@code anchor} in its block. */
  static void insertAfter(Statement anchor, Statement statement) {
    BlockStmt block = (BlockStmt) anchor.getParentNode().orElseThrow();
    block.getStatements().addAfter(statement, anchor);
  }

  /** Returns the edit printing the tree makes to the file. */
  FileEdit edit() {
    return new FileEdit(path, before, LexicalPreservingPrinter.print(unit));
  }

  private static int length(Node node) {
    return node.getRange().map(r -> (r.end.line - r.begin.line) * 10_000 + r.end.column - r.begin.column)
        .orElse(Integer.MAX_VALUE);
  }
}
