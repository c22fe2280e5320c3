package dev.vigil.engine.analysis.ci;

import java.util.List;

/** The lines of a workflow file, to find where a piece of text sits and to quote a line. */
final class SourceLines {
  private final List<String> lines;

  SourceLines(String text) {
    this.lines = text.lines().toList();
  }

  /** Returns the stripped text of a 1-based line, or "" past the end. */
  String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
  }

  /** Returns the first line at or after {@code fromLine} that contains {@code text}, else {@code fromLine}. */
  int find(String text, int fromLine) {
    for (int i = Math.max(1, fromLine); i <= lines.size(); i++) {
      if (lines.get(i - 1).contains(text)) return i;
    }
    return fromLine;
  }
}
