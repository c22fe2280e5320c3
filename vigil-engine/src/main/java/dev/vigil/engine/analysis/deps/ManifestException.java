package dev.vigil.engine.analysis.deps;

/**
 * Thrown when a manifest or lock file cannot be read safely: malformed, hostile (a DTD in a
 * pom.xml) or beyond a size limit. The message says which kind of file and why it was skipped.
 */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
