package dev.vigil.engine.analysis.secrets;

import java.util.Random;

/**
 * Builds tokens in GitHub's checksummed format, for tests and benchmarks that must plant
 * credentials the analyzer accepts without holding a real one.
 */
public final class TokenChecksums {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private TokenChecksums() {}

  /** Returns a fake token {@code prefix + 30 random base62 + checksum}, e.g. for prefix "ghp_". */
  public static String fakeToken(String prefix, Random random) {
    StringBuilder body = new StringBuilder(30);
    for (int i = 0; i < 30; i++) body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return prefix + body + Base62Checksum.checksum(body.toString());
  }
}
