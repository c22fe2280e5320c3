package dev.vigil.engine.analysis.java.crypto;

import java.util.Optional;

/** Finds ciphers with a broken or obsolete algorithm (rule data {@code algorithms}: DES, RC4...). */
final class WeakCipherCheck extends CipherCheck {
  @Override
  Optional<String> problem(CipherTransformation t, CryptoRule rule) {
    return rule.lowerSet("algorithms").contains(t.algorithmKey())
        ? Optional.of("Cipher \"" + t.text() + "\" uses " + t.algorithm() + ".")
        : Optional.empty();
  }
}
