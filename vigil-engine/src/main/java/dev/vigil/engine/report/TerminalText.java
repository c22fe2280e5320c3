package dev.vigil.engine.report;

/**
 * Makes text safe and fitting for a terminal cell. Widths count code points, so a wide character
 * (CJK, emoji) takes one column here and may shift the columns after it.
 */
final class TerminalText {
  private static final String ELLIPSIS = "...";

  private TerminalText() {}

  /**
   * Returns {@code text} on one line with no escape sequences: line breaks and tabs become spaces,
   * other control and invisible formatting characters (such as bidi overrides) become {@code ?}.
   */
  static String clean(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c == '\n' || c == '\r' || c == '\t') {
        clean.append(' ');
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        clean.append('?');
      } else {
        clean.appendCodePoint(c);
      }
    });
    return clean.toString();
  }

  /** Returns the number of columns {@code text} takes. */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Returns {@code text} cut to {@code width} columns, ending in {@code ...} if it was cut. */
  static String truncateEnd(String text, int width) {
    if (width(text) <= width) return text;
    if (width <= ELLIPSIS.length()) return take(text, width);
    return take(text, width - ELLIPSIS.length()) + ELLIPSIS;
  }

  /** Returns {@code text} cut to {@code width} columns, starting with {@code ...} if it was cut. */
  static String truncateStart(String text, int width) {
    int length = width(text);
    if (length <= width) return text;
    if (width <= ELLIPSIS.length()) return drop(text, length - width);
    return ELLIPSIS + drop(text, length - width + ELLIPSIS.length());
  }

  /** Returns {@code text} padded with spaces to {@code width} columns. */
  static String pad(String text, int width) {
    int missing = width - width(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  private static String take(String text, int codePoints) {
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }

  private static String drop(String text, int codePoints) {
    return text.substring(text.offsetByCodePoints(0, codePoints));
  }
}
