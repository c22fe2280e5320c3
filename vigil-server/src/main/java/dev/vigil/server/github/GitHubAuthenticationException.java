package dev.vigil.server.github;

/** GitHub refused the token (HTTP 401): missing, mistyped, expired or revoked. */
public final class GitHubAuthenticationException extends GitHubException {
  /** Creates the failure with GitHub's {@code githubMessage} (usually "Bad credentials"). */
  public GitHubAuthenticationException(String githubMessage, String description) {
    super(401, githubMessage, description);
  }
}
