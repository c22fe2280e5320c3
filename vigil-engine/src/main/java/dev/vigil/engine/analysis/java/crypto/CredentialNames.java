package dev.vigil.engine.analysis.java.crypto;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells credential names and values apart from look-alikes, from rule data: identifier words that
 * mean a secret ({@code secretWords}, and {@code keyQualifiers} before "key"), last words that make
 * a name metadata about a secret ({@code metadataWords}: PASSWORD_PARAM, TOKEN_HEADER), and values
 * that are placeholders, messages, routes ({@code /account/password-reset}) or names of settings
 * rather than secrets.
 */
final class CredentialNames {
  private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z]+([._-][A-Za-z]+)*");
  private static final Pattern ROUTE = Pattern.compile("(/[a-z0-9{}._-]+)+/?");
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
    if (squash(v).equals(squash(identifier)) || ROUTE.matcher(v).matches()) return false;
    return !(SETTING_NAME.matcher(v).matches() && Identifiers.words(v.replace('.', '_')).stream()
        .anyMatch(w -> secretWords.contains(w) || w.equals("key")));
  }

  private static String squash(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
