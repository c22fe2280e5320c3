package dev.vigil.engine.analysis.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells words written for people from secrets. Keys, tokens and passwords in configuration are
 * ASCII; a value with a letter outside ASCII once {@code \u00e9} escapes and {@code &#8217;}
 * entities are decoded (a label in Japanese, a French sentence, a Chinese "fill in your key") is
 * text shown to users or a placeholder in another language.
 */
final class NaturalText {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})|&#(\\d{2,6});|&#x([0-9a-fA-F]{2,5});");

  private NaturalText() {}

  /** Returns true if the decoded value holds a letter outside ASCII. */
  static boolean hasNonAsciiLetter(String value) {
    return decode(value).codePoints().anyMatch(c -> c > 127 && Character.isLetter(c));
  }

  /** Returns the value with Java unicode escapes and numeric HTML entities decoded. */
  static String decode(String value) {
    Matcher escape = ESCAPE.matcher(value);
    StringBuilder decoded = new StringBuilder();
    while (escape.find()) {
      int code = escape.group(1) != null ? Integer.parseInt(escape.group(1), 16)
          : escape.group(2) != null ? Integer.parseInt(escape.group(2)) : Integer.parseInt(escape.group(3), 16);
      String replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
      escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
    }
    escape.appendTail(decoded);
    return decoded.toString();
  }
}
