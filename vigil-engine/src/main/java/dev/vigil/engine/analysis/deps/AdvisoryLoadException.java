package dev.vigil.engine.analysis.deps;

/** Thrown when an advisory database cannot be loaded; names the path and what was expected. */
public final class AdvisoryLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AdvisoryLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
