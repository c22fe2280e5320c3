package dev.vigil.engine.validation.sandbox;

/**
 * Thrown when the sandbox cannot be set up (bubblewrap missing or unable to start, limits that
 * cannot be enforced, a work tree that cannot be checked out). The command has not run, and is
 * never run without the sandbox; the message is one line meant for the user as is.
 */
public final class SandboxException extends RuntimeException {
  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
