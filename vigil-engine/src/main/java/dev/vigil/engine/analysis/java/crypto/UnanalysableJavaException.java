package dev.vigil.engine.analysis.java.crypto;

/**
 * A Java file the crypto rules cannot analyse: it does not parse, nests too deeply for the
 * parser, or takes longer than the time limit. The engine records it as an analysis error.
 */
public final class UnanalysableJavaException extends RuntimeException {
  /** Creates the exception with a message naming the file and the reason. */
  public UnanalysableJavaException(String message, Throwable cause) {
    super(message, cause);
  }
}
