package dev.vigil.engine.analysis.java.crypto;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells credential names and values apart from look-alikes, from rule data: identifier words that
 * mean a secret ({@code secretWords}, and {@code keyQualifiers} before "key"), last words that make
 * a name metadata about a secret ({@code metadataWords}: PASSWORD_PARAM, TOKEN_HEADER), and values
 * that are placeholders, messages, routes ({@code /account/password-reset}), names of settings or
 * options ({@code canchangepassword}), or alphabets a generator draws from ({@code abcdefgh...})
 * rather than secrets. A URL path ({@code /api/token/**}, a key of a filter chain) names no secret.
 */
final class CredentialNames {
  private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z]+([._-][A-Za-z]+)*");
  private static final Pattern ROUTE = Pattern.compile("(/[a-z0-9{}._-]+)+/?");
  /** A run of letters in alphabetical order this long marks a character set, not a secret. */
  private static final int ALPHABET_RUN = 6;
  private final Set<String> secretWords;
  private final Set<String> keyQualifiers;
  private final Set<String> metadataWords;
  private final List<Pattern> placeholders;
  private final int minLength;

  CredentialNames(CryptoRule rule) {
    this.secretWords = rule.lowerSet("secretWords");
    this.keyQualifiers = rule.lowerSet("keyQualifiers");
    this.metadataWords = rule.lowerSet("metadataWords");
    this.placeholders = rule.list("placeholders").stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    this.minLength = Integer.parseInt(rule.list("minLength").get(0));
  }

  /** Returns true if an identifier names a secret: apiKey, DB_PASSWORD, jwtSecret. */
  boolean secretName(String identifier) {
    if (identifier.startsWith("/")) return false;
    List<String> words = Identifiers.words(identifier);
    if (words.isEmpty()) return false;
    String last = words.get(words.size() - 1);
    boolean qualifiedKey = last.equals("key") && words.size() > 1
        && keyQualifiers.contains(words.get(words.size() - 2));
    if (qualifiedKey) return true;
    if (metadataWords.contains(last)) return false;
    return words.stream().anyMatch(secretWords::contains);
  }

  /** Returns true if a literal value looks like a real secret rather than a placeholder or a name. */
  boolean secretValue(String value, String identifier) {
    String v = value.strip();
    if (v.length() < minLength || v.chars().anyMatch(Character::isWhitespace)) return false;
    if (placeholders.stream().anyMatch(p -> p.matcher(v).matches())) return false;
    if (namesItself(v, identifier) || ROUTE.matcher(v).matches() || alphabet(v)) return false;
    return !(SETTING_NAME.matcher(v).matches() && Identifiers.words(v.replace('.', '_')).stream()
        .anyMatch(w -> secretWords.contains(w) || w.equals("key")));
  }

  /**
   * Returns true if the value spells its variable's name ({@code PASSWORD = "password"}), or the
   * name's last two words with more around them ({@code NOT_CHANGE_PASSWORD = "!canchangepassword"}).
   */
  private static boolean namesItself(String value, String identifier) {
    String spelled = squash(value);
    if (spelled.equals(squash(identifier))) return true;
    List<String> words = Identifiers.words(identifier);
    int n = words.size();
    return n > 1 && spelled.contains(words.get(n - 2) + words.get(n - 1));
  }

  /** Returns true if {@code value} holds a run of letters in alphabetical order: a character set. */
  static boolean alphabet(String value) {
    int run = 1;
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      run = Character.isLetter(c) && c == value.charAt(i - 1) + 1 ? run + 1 : 1;
      if (run >= ALPHABET_RUN) return true;
    }
    return false;
  }

  private static String squash(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
