package dev.vigil.server.github;

/**
 * A GitHub REST call that failed: the HTTP status (0 when GitHub was not reached) and GitHub's own
 * message. Subclasses name the failures a caller handles differently.
 */
public class GitHubException extends RuntimeException {
  private final int status;
  private final String githubMessage;

  /** Creates the failure of a call answered with {@code status} and GitHub's {@code githubMessage}. */
  public GitHubException(int status, String githubMessage, String description) {
    super(description);
    this.status = status;
    this.githubMessage = githubMessage;
  }

  /** Creates the failure of a call that did not reach GitHub. */
  GitHubException(String description, Throwable cause) {
    super(description, cause);
    this.status = 0;
    this.githubMessage = null;
  }

  /** Returns the HTTP status of GitHub's answer, 0 when there was none. */
  public int status() {
    return status;
  }

  /** Returns the {@code message} of GitHub's error body, or null when it had none. */
  public String githubMessage() {
    return githubMessage;
  }
}
