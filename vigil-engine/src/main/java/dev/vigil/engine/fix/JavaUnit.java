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
  private final List<Insertion> insertions = new java.util.ArrayList<>();
  private final java.util.Set<String> importsAdded = new java.util.HashSet<>();

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
    if (!importsAdded.add(qualified)) return true;
    String line = "import " + qualified + ";";
    for (ImportDeclaration existing : imports) {
      if (!existing.isStatic() && existing.getNameAsString().compareTo(qualified) > 0) {
        insertions.add(new Insertion(existing.getBegin().orElseThrow().line, true, line));
        return true;
      }
    }
    ImportDeclaration lastPlain = imports.stream().filter(i -> !i.isStatic()).reduce((x, y) -> y).orElse(null);
    if (lastPlain != null) {
      int end = lastPlain.getEnd().orElseThrow().line;
      insertions.add(new Insertion(end, false, line, end));
    } else if (!imports.isEmpty()) {
      insertions.add(new Insertion(imports.get(0).getBegin().orElseThrow().line, true, line + "\n"));
    } else {
      int end = unit.getPackageDeclaration().flatMap(Node::getEnd).map(p -> p.line).orElse(0);
      if (end == 0) {
        insertions.add(new Insertion(1, true, line + "\n"));
      } else {
        insertions.add(new Insertion(end, false, "\n" + line, end));
      }
    }
    return true;
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

  /**
   * Inserts {@code statement} on its own line just before {@code anchor} (a statement of the
   * original tree), indented like it. Insertions are made in the text after printing: the
   * lexical-preserving printer re-indents the neighbours of a statement added to a block.
   */
  void insertBefore(Statement anchor, Statement statement) {
    insertions.add(new Insertion(anchor.getBegin().orElseThrow().line, true, statement.toString()));
  }

  /** Inserts {@code statement} on its own line just after {@code anchor}, indented like it. */
  void insertAfter(Statement anchor, Statement statement) {
    insertions.add(new Insertion(anchor.getBegin().orElseThrow().line, false, statement.toString(),
        anchor.getEnd().orElseThrow().line));
  }

  /** A statement to insert before the original line {@code line}, or after the original line {@code end}. */
  private record Insertion(int line, boolean before, String text, int end) {
    Insertion(int line, boolean before, String text) {
      this(line, before, text, line);
    }
  }

  /** Returns the edit printing the tree (then making the insertions) makes to the file, without the imports it left unused. */
  FileEdit edit() {
    return new FileEdit(path, before, UnusedImports.removeNewlyUnused(before, printed()));
  }

  private String printed() {
    String printed = LexicalPreservingPrinter.print(unit);
    if (insertions.isEmpty()) return printed;
    List<String> original = UnifiedDiff.splitLines(before);
    List<String> lines = new java.util.ArrayList<>(UnifiedDiff.splitLines(printed));
    LineMap map = LineMap.of(before, printed);
    java.util.TreeMap<Integer, List<String>> added = new java.util.TreeMap<>();
    for (Insertion insertion : insertions) {
      String anchorLine = insertion.line() <= original.size() ? original.get(insertion.line() - 1) : "";
      String indent = anchorLine.substring(0, anchorLine.length() - anchorLine.stripLeading().length());
      int at = insertion.before() ? map.start(insertion.line()) : map.end(insertion.end()) + 1;
      for (String line : insertion.text().split("\n", -1)) {
        added.computeIfAbsent(at, k -> new java.util.ArrayList<>())
            .add((line.isEmpty() ? "" : indent + reindent(line)) + "\n");
      }
    }
    for (var entry : added.descendingMap().entrySet()) lines.addAll(entry.getKey() - 1, entry.getValue());
    return String.join("", lines);
  }

  /** Returns a line of the default printer (four spaces a level) indented with the file's own unit. */
  private String reindent(String line) {
    int spaces = line.length() - line.stripLeading().length();
    return " ".repeat(spaces / 4 * indentUnit()) + line.stripLeading();
  }

  /** Returns the file's indentation unit: the smallest indentation of an indented line (2 or 4, usually). */
  private int indentUnit() {
    return indentUnit(before);
  }

  /** Returns the indentation unit of {@code text}: the smallest indentation of an indented line (2 or 4, usually). */
  static int indentUnit(String text) {
    return text.lines().mapToInt(l -> l.length() - l.stripLeading().length())
        .filter(n -> n > 0 && n <= 8).min().orElse(4);
  }

  private static int length(Node node) {
    return node.getRange().map(r -> (r.end.line - r.begin.line) * 10_000 + r.end.column - r.begin.column)
        .orElse(Integer.MAX_VALUE);
  }
}
