package dev.vigil.engine.analysis.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hides a secret while keeping it recognisable: a short prefix, an ellipsis and the first 12 hex
 * digits of its SHA-256, e.g. {@code ghp_…sha256:3f9a0c11d2e4}. The prefix is at most a quarter of
 * the secret and never more than 4 characters, so the mask never holds the secret whole.
 */
final class SecretMask {
  private SecretMask() {}

  /** Returns the masked form of {@code secret}. */
  static String mask(String secret) {
    int shown = Math.min(4, secret.length() / 4);
    return secret.substring(0, shown) + "…sha256:" + sha256(secret).substring(0, 12);
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
