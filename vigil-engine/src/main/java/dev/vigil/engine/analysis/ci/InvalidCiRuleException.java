package dev.vigil.engine.analysis.ci;

/** Thrown when a CI rule file cannot be read or says something invalid; names the file and why. */
public final class InvalidCiRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidCiRuleException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
