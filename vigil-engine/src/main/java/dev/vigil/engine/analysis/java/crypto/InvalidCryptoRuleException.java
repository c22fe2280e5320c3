package dev.vigil.engine.analysis.java.crypto;

/** A crypto rule file that cannot be loaded: names the file and what is wrong with it. */
public final class InvalidCryptoRuleException extends RuntimeException {
  /** Creates the exception for {@code file} with the reason it was rejected. */
  public InvalidCryptoRuleException(String file, String reason, Throwable cause) {
    super("crypto rule " + file + ": " + reason, cause);
  }
}
