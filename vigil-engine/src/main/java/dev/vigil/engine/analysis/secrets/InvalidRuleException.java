package dev.vigil.engine.analysis.secrets;

/** Thrown when a rule file cannot be read or says something invalid; names the file and why. */
public final class InvalidRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidRuleException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
