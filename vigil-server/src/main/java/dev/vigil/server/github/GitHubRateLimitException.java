package dev.vigil.server.github;

import java.time.Instant;

/**
 * GitHub's primary or secondary rate limit was hit (HTTP 403 or 429): calls with this token fail
 * until {@link #resetAt()}.
 */
public final class GitHubRateLimitException extends GitHubException {
  private final Instant resetAt;

  /** Creates the failure answered with {@code status}; {@code resetAt} is null when GitHub did not say. */
  public GitHubRateLimitException(int status, String githubMessage, Instant resetAt, String description) {
    super(status, githubMessage, description);
    this.resetAt = resetAt;
  }

  /** Returns when calls may be made again, or null when GitHub did not say. */
  public Instant resetAt() {
    return resetAt;
  }
}
