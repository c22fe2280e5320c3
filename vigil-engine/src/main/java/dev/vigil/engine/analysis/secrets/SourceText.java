package dev.vigil.engine.analysis.secrets;

import java.util.Arrays;
import java.util.Set;

/**
 * The text of one file version with its line starts, to turn offsets into lines and columns, and
 * what kind of text its path says it is.
 */
final class SourceText {
  private final String text;
  private final Set<TextKind> kinds;
  private final int[] lineStarts;

  SourceText(String text) {
    this(text, Set.of());
  }

  SourceText(String text, Set<TextKind> kinds) {
    this.text = text;
    this.kinds = Set.copyOf(kinds);
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** Returns the whole text. */
  String text() {
    return text;
  }

  /** Returns the kinds of text the file's path says it holds; empty for configuration. */
  Set<TextKind> kinds() {
    return kinds;
  }

  /** Returns the 1-based line holding the character at {@code offset}. */
  int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** Returns the 1-based column of the character at {@code offset}. */
  int columnOf(int offset) {
    return offset - lineStart(lineOf(offset)) + 1;
  }

  /** Returns the offset of the first character of a 1-based line. */
  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Returns the offset just past the last character of a 1-based line, before its line break. */
  int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > lineStart(line) && text.charAt(end - 1) == '\r') end--;
    return end;
  }

  /** Returns the number of lines. */
  int lineCount() {
    return lineStarts.length;
  }
}
