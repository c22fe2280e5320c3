package dev.vigil.server.github;

/**
 * GitHub answered 404: the resource does not exist, or (GitHub's way of hiding private resources)
 * the token may not see it.
 */
public final class GitHubNotFoundException extends GitHubException {
  /** Creates the failure with GitHub's {@code githubMessage}. */
  public GitHubNotFoundException(String githubMessage, String description) {
    super(404, githubMessage, description);
  }
}
