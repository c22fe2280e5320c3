package dev.vigil.engine.analysis.java.crypto;

import java.util.List;

/** The logic of one crypto rule: what it finds in a parsed Java file, given the rule's data. */
interface CryptoCheck {
  /** Returns the hits of {@code rule} in {@code file}. */
  List<Hit> check(JavaFile file, CryptoRule rule);
}
