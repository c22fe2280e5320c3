package dev.vigil.engine.analysis.syntax;

/**
 * Thrown when a file is not analysed: too large, nested too deeply, too slow to parse, mostly
 * not code of its language, or the parser could not be loaded. The message names the file and
 * the reason.
 */
public final class UnparsableSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the reason. */
  public UnparsableSourceException(String message) {
    super(message);
  }
}
