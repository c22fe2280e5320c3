package dev.vigil.engine.analysis.java.crypto;

import java.util.Locale;
import java.util.Optional;

/** Finds RSA ciphers without padding ("textbook RSA"). */
final class RsaNoPaddingCheck extends CipherCheck {
  @Override
  Optional<String> problem(CipherTransformation t, CryptoRule rule) {
    return rule.lowerSet("algorithms").contains(t.algorithmKey())
        && rule.lowerSet("paddings").contains(t.padding().toLowerCase(Locale.ROOT))
        ? Optional.of("Cipher \"" + t.text() + "\" uses RSA without padding.") : Optional.empty();
  }
}
