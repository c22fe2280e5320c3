package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import java.util.Objects;

/**
 * One hop of a data flow: its kind (source, propagation, call, return, sanitizer, sink), where it
 * happens and the code there, and what happens in words.
 *
 * <p>The code is printed from the syntax node only when asked for: summaries create many steps
 * and only those of reported findings are ever shown, and printing them all took a quarter of the
 * taint analysis's time. Two steps are equal when their kind, place and description are: within
 * one analysis a place holds one piece of code.
 */
final class FlowStep {
  /** The kinds of hop, named as in evidence descriptions. */
  enum Kind {
    SOURCE("source"), PROPAGATION("propagation"), CALL("call"), RETURN("return"),
    SANITIZER("sanitizer-bypass"), SINK("sink");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private static final int MAX_CODE = 200;

  private final Kind kind;
  private final String path;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;
  private final String description;
  /** The node the code is printed from, or null when the code was given. */
  private final Node node;
  private volatile String code;

  FlowStep(Kind kind, String path, int line, int column, int endLine, int endColumn, String code,
      String description) {
    this(kind, path, line, column, endLine, endColumn, null, code, description);
  }

  private FlowStep(Kind kind, String path, int line, int column, int endLine, int endColumn,
      Node node, String code, String description) {
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
    this.node = node;
    this.code = code;
    this.description = description;
  }

  /** Returns a step at a syntax node of a file. */
  static FlowStep at(Kind kind, String path, Node node, String description) {
    Range r = node.getRange().orElse(null);
    if (r == null) return new FlowStep(kind, path, 1, 0, 1, 0, node, null, description);
    return new FlowStep(kind, path, r.begin.line, r.begin.column, r.end.line, r.end.column, node,
        null, description);
  }

  Kind kind() {
    return kind;
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  int endLine() {
    return endLine;
  }

  int endColumn() {
    return endColumn;
  }

  String description() {
    return description;
  }

  /** Returns the code of the step, whitespace normalised and cut at {@value #MAX_CODE} characters. */
  String code() {
    String text = code;
    if (text == null) {
      text = Finding.normalise(node.toString());
      if (text.length() > MAX_CODE) text = text.substring(0, MAX_CODE) + "...";
      code = text;
    }
    return text;
  }

  /** Returns the location of the step. */
  Location location() {
    return new Location(path, line, column, Math.max(line, endLine), endColumn);
  }

  /** Returns the step as evidence; the description starts with the kind. */
  EvidenceStep evidence() {
    return new EvidenceStep(location(), code(), kind.label + ": " + description);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlowStep s && kind == s.kind && line == s.line && column == s.column
        && endLine == s.endLine && endColumn == s.endColumn && path.equals(s.path)
        && Objects.equals(description, s.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, line, column, endLine, endColumn, description);
  }

  @Override
  public String toString() {
    return kind.label + " " + path + ":" + line + ":" + column + " " + description;
  }
}
