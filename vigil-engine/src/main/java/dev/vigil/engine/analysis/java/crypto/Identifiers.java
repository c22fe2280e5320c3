package dev.vigil.engine.analysis.java.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits Java identifiers into lower-case words: {@code resetToken}, {@code RESET_TOKEN} -> reset, token. */
final class Identifiers {
  private Identifiers() {}

  /** Returns the words of an identifier in order. */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      boolean boundary = Character.isUpperCase(c) && word.length() > 0
          && (Character.isLowerCase(word.charAt(word.length() - 1))
              || i + 1 < identifier.length() && Character.isLowerCase(identifier.charAt(i + 1)));
      if (boundary) flush(word, words);
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  /** Returns true if any word of {@code identifier} is in {@code vocabulary} (lower case). */
  static boolean mentions(String identifier, Set<String> vocabulary) {
    return words(identifier).stream().anyMatch(vocabulary::contains);
  }

  /** Returns the last word of {@code identifier}, or "" if it has none. */
  static String lastWord(String identifier) {
    List<String> words = words(identifier);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) words.add(word.toString().toLowerCase(Locale.ROOT));
    word.setLength(0);
  }
}
