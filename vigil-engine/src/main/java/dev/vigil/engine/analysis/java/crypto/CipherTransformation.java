package dev.vigil.engine.analysis.java.crypto;

import java.util.Locale;

/**
 * A {@code Cipher.getInstance} transformation split into algorithm, mode and padding; mode and
 * padding are "" when the name omits them (the provider's default, ECB for block ciphers).
 */
record CipherTransformation(String text, String algorithm, String mode, String padding) {
  /** Parses {@code "AES/CBC/PKCS5Padding"}, {@code "AES"} and the like. */
  static CipherTransformation parse(String text) {
    String[] parts = text.strip().split("/", -1);
    return new CipherTransformation(text, parts[0].strip(),
        parts.length > 1 ? parts[1].strip() : "", parts.length > 2 ? parts[2].strip() : "");
  }

  /** Returns the algorithm in lower case. */
  String algorithmKey() {
    return algorithm.toLowerCase(Locale.ROOT);
  }
}
