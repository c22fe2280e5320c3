package dev.vigil.engine.analysis.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hides a secret while keeping it recognisable: a short prefix, an ellipsis and its length, e.g.
 * {@code ghp_…(40 chars)}. The prefix is at most a quarter of the secret and never more than 4
 * characters, so the mask never holds the secret whole. The mask carries no hash: a report must
 * not let anyone confirm a guessed password offline. Identity (the context key) uses the full
 * SHA-256, which stays inside Vigil: fingerprints hash it again and reports never show it.
 */
final class SecretMask {
  private SecretMask() {}

  /** Returns the masked form of {@code secret}. */
  static String mask(String secret) {
    int shown = Math.min(4, secret.length() / 4);
    return secret.substring(0, shown) + "…(" + secret.length() + " chars)";
  }

  /** Returns the lower-case hex SHA-256 of the secret's UTF-8 bytes. */
  static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
