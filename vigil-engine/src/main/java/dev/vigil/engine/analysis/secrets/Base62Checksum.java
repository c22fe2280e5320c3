package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.Confidence;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Verifies the checksum of GitHub-style tokens ({@code ghp_}, {@code gho_}, {@code npm_}...): after
 * the prefix come 30 random base62 characters, then 6 characters that are the base62 CRC32 of the
 * random part, left-padded with {@code 0}. In strict mode a wrong checksum rejects the candidate;
 * otherwise a right one only raises the confidence to high.
 */
final class Base62Checksum implements SecretValidator {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int RANDOM_LENGTH = 30;
  private static final int CHECKSUM_LENGTH = 6;

  private final String name;
  private final String product;
  private final boolean strict;

  Base62Checksum(String name, String product, boolean strict) {
    this.name = name;
    this.product = product;
    this.strict = strict;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Verdict check(Candidate candidate) {
    if (isValid(candidate.secret())) {
      return Verdict.accept(Confidence.HIGH, "CRC32 checksum of the " + product + " token verified");
    }
    return strict
        ? Verdict.reject("CRC32 checksum does not match")
        : Verdict.accept("CRC32 checksum not verified (the token format may have changed)");
  }

  /** Returns true if the token's last 6 characters are the base62 CRC32 of the 30 before them. */
  static boolean isValid(String token) {
    int underscore = token.lastIndexOf('_');
    String body = token.substring(underscore + 1);
    if (body.length() != RANDOM_LENGTH + CHECKSUM_LENGTH) return false;
    String random = body.substring(0, RANDOM_LENGTH);
    return checksum(random).equals(body.substring(RANDOM_LENGTH));
  }

  /** Returns the 6-character base62 CRC32 of {@code random}. */
  static String checksum(String random) {
    CRC32 crc = new CRC32();
    crc.update(random.getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    char[] digits = new char[CHECKSUM_LENGTH];
    for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
      digits[i] = ALPHABET.charAt((int) (value % 62));
      value /= 62;
    }
    return new String(digits);
  }
}
