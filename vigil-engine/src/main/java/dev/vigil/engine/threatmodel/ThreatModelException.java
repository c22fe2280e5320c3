package dev.vigil.engine.threatmodel;

/**
 * Thrown when a threat model document is not valid YAML or not a valid model: the message starts
 * with the line ({@code line 7: unknown key 'foo' ...}); {@link #line()} is 0 when unknown.
 */
public final class ThreatModelException extends IllegalArgumentException {
  private final int line;
  private final String reason;

  /** Creates the exception for {@code reason} at {@code line} (0 when unknown). */
  public ThreatModelException(int line, String reason, Throwable cause) {
    super((line > 0 ? "line " + line + ": " : "") + reason, cause);
    this.line = line;
    this.reason = reason;
  }

  /** Returns the 1-based line of the problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** Returns the problem without the line. */
  public String reason() {
    return reason;
  }
}
