package dev.vigil.engine.analysis.java.crypto;

/** Finds cryptographic keys built from bytes or strings fixed in the source. */
final class HardcodedKeyCheck extends FixedBytesCheck {
  @Override
  String detail(String site, String how) {
    return site + " gets " + how + " as its key.";
  }

  @Override
  boolean carriesSecret() {
    return true;
  }
}
