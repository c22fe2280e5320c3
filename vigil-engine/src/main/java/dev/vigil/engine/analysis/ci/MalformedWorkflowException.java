package dev.vigil.engine.analysis.ci;

/** Thrown when a workflow file is not YAML the analyzer can read; says where and why. */
public final class MalformedWorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedWorkflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
