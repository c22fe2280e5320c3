package dev.vigil.engine.report;

/** A SARIF log that cannot be imported, with a message naming where and what was expected. */
public final class SarifImportException extends IllegalArgumentException {
  public SarifImportException(String message) {
    super(message);
  }

  public SarifImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
