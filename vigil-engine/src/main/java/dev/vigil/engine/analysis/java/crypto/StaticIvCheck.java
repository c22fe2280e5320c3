package dev.vigil.engine.analysis.java.crypto;

/** Finds initialisation vectors and nonces fixed in the source. */
final class StaticIvCheck extends FixedBytesCheck {
  @Override
  String detail(String site, String how) {
    return site + " gets " + how + " as its IV or nonce.";
  }

  @Override
  boolean carriesSecret() {
    return false;
  }
}
