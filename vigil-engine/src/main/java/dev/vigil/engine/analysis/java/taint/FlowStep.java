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
 */
record FlowStep(Kind kind, String path, int line, int column, int endLine, int endColumn,
    String code, String description) {
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

  FlowStep {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(path, "path == null");
  }

  /** Returns a step at a syntax node of a file. */
  static FlowStep at(Kind kind, String path, Node node, String description) {
    Range r = node.getRange().orElse(null);
    String code = Finding.normalise(node.toString());
    if (code.length() > MAX_CODE) code = code.substring(0, MAX_CODE) + "...";
    if (r == null) return new FlowStep(kind, path, 1, 0, 1, 0, code, description);
    return new FlowStep(kind, path, r.begin.line, r.begin.column, r.end.line, r.end.column, code,
        description);
  }

  /** Returns the location of the step. */
  Location location() {
    return new Location(path, line, column, Math.max(line, endLine), endColumn);
  }

  /** Returns the step as evidence; the description starts with the kind. */
  EvidenceStep evidence() {
    return new EvidenceStep(location(), code, kind.label + ": " + description);
  }
}
