package dev.vigil.server.ui;

import dev.vigil.server.store.FindingRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of a finding as its analyzer stored it, numbered from the finding's line, which is
 * marked. Only the stored excerpt is shown, never the file read again from Git: analyzers mask the
 * secrets in their excerpts, and neighbouring lines may hold secrets no one masked.
 */
public final class CodeExcerpt {
  private static final int MAX_LINES = 40;

  private CodeExcerpt() {}

  /** One line of code with its number; {@code hit} marks the finding's line. */
  public record Line(int number, String text, boolean hit) {}

  /** Returns the numbered lines of {@code excerpt}, which starts at {@code line}. */
  static List<Line> of(String excerpt, int line) {
    if (excerpt == null || excerpt.isBlank()) return List.of();
    List<Line> lines = new ArrayList<>();
    String[] texts = excerpt.split("\n", -1);
    for (int i = 0; i < texts.length && i < MAX_LINES; i++) {
      lines.add(new Line(line + i, texts[i].replace("\r", ""), i == 0));
    }
    return lines;
  }

  /** Returns the numbered lines of a finding's excerpt. */
  static List<Line> of(FindingRecord finding) {
    return of(finding.excerpt(), finding.line());
  }
}
