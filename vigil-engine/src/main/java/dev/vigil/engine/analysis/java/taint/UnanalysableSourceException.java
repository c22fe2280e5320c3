package dev.vigil.engine.analysis.java.taint;

/**
 * Thrown when a file cannot be analysed: it does not parse, or it nests too deeply for the
 * parser; the message names the file and the reason.
 */
public final class UnanalysableSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the reason. */
  public UnanalysableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
