package dev.vigil.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Random tokens and one-way hashes for API tokens and generated passwords. */
public final class Secrets {
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private final SecureRandom random = new SecureRandom();

  /** Returns {@code length} random characters from an unambiguous alphabet. */
  public String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return text.toString();
  }

  /** Returns the hex SHA-256 of a token: tokens are random, so a fast hash is enough. */
  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
