package dev.vigil.engine.analysis.java.crypto;

import java.util.Optional;

/**
 * Finds block ciphers (rule data {@code blockCiphers}) in ECB mode, named explicitly or left to
 * the provider's default as in {@code Cipher.getInstance("AES")}.
 */
final class EcbModeCheck extends CipherCheck {
  @Override
  Optional<String> problem(CipherTransformation t, CryptoRule rule) {
    if (!rule.lowerSet("blockCiphers").contains(t.algorithmKey())) return Optional.empty();
    if (t.mode().isEmpty()) {
      return Optional.of("Cipher \"" + t.text() + "\" names no mode, so the provider uses ECB.");
    }
    return t.mode().equalsIgnoreCase("ECB")
        ? Optional.of("Cipher \"" + t.text() + "\" uses ECB mode.") : Optional.empty();
  }
}
