package dev.vigil.engine.git;

/**
 * Thrown when the input of a scan is wrong (not a repository, unknown branch, empty history...).
 * The message is one line, names the input, and is meant for the user as is.
 */
public final class ScanInputException extends RuntimeException {
  public ScanInputException(String message) {
    super(message);
  }

  public ScanInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
