package dev.vigil.engine.validation.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Replaces every secret value in recorded text by {@code [secret NAME]}, longest value first so a
 * secret containing another is masked whole. Values shorter than {@link #MIN_LENGTH} characters are
 * not masked (they would mask ordinary words); such a secret is not a secret worth the name.
 */
final class SecretMasker {
  static final int MIN_LENGTH = 4;
  private static final String OMITTED = "[... earlier output omitted ...]\n";
  private final List<Map.Entry<String, String>> secrets;

  SecretMasker(Map<String, String> secrets) {
    this.secrets = secrets.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue().length() >= MIN_LENGTH)
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
        .toList();
  }

  /** Returns the text with every secret value masked. */
  String mask(String text) {
    String masked = text;
    for (Map.Entry<String, String> secret : secrets) {
      masked = masked.replace(secret.getValue(), "[secret " + secret.getKey() + "]");
    }
    return masked;
  }

  /** Returns the longest secret value in bytes: how much more than the recorded tail to keep before masking. */
  int longest() {
    return secrets.stream().mapToInt(e -> e.getValue().getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
  }

  /**
   * Returns the masked tail of at most {@code maxBytes} UTF-8 bytes, starting with a note when the
   * start was cut; a secret cut at either end of the text is dropped first, and masking happens
   * before the cut to size.
   */
  String maskedTail(String text, boolean dropped, int maxBytes) {
    byte[] bytes = mask(trimPartials(text, dropped)).getBytes(StandardCharsets.UTF_8);
    if (!dropped && bytes.length <= maxBytes) return new String(bytes, StandardCharsets.UTF_8);
    int keep = Math.min(bytes.length, maxBytes - OMITTED.length());
    int from = bytes.length - keep;
    while (from < bytes.length && (bytes[from] & 0xC0) == 0x80) from++;
    return OMITTED + new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  /**
   * Drops a secret's end at the start of a cut text and a secret's start at the end of the text (a
   * command killed while printing it): what masking whole values cannot see.
   */
  private String trimPartials(String text, boolean cutAtStart) {
    String trimmed = text;
    for (Map.Entry<String, String> secret : secrets) {
      String value = secret.getValue();
      for (int k = value.length() - 1; cutAtStart && k >= 1; k--) {
        if (trimmed.startsWith(value.substring(value.length() - k))) {
          trimmed = trimmed.substring(k);
          break;
        }
      }
      for (int k = value.length() - 1; k >= 2; k--) {
        if (trimmed.endsWith(value.substring(0, k))) {
          trimmed = trimmed.substring(0, trimmed.length() - k) + "[secret " + secret.getKey() + ", cut]";
          break;
        }
      }
    }
    return trimmed;
  }
}
