package dev.vigil.engine.analysis.java.mybatis;

/** A file that looks like a MyBatis mapper but cannot be read as one; the message says why. */
public final class UnreadableMapperException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableMapperException(String message, Throwable cause) {
    super(message, cause);
  }
}
