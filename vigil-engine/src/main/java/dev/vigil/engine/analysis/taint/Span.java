package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.syntax.SyntaxNode;
import java.util.Objects;

/** Where a piece of code is: file, 1-based region, and its text with whitespace collapsed. */
public record Span(String path, int line, int column, int endLine, int endColumn, String code) {
  private static final int MAX_CODE = 200;

  public Span {
    Objects.requireNonNull(path, "path == null");
    code = code == null ? "" : code;
  }

  /** Returns the span of a syntax node, its code cut to 200 characters. */
  public static Span of(SyntaxNode node) {
    String code = Finding.normalise(node.text());
    if (code.length() > MAX_CODE) code = code.substring(0, MAX_CODE) + "...";
    return new Span(node.path(), node.line(), node.column(), node.endLine(), node.endColumn(), code);
  }

  /** Returns the region as a finding location. */
  public Location location() {
    return new Location(path, Math.max(1, line), column, Math.max(Math.max(1, line), endLine),
        endColumn);
  }
}
