package dev.vigil.server.forge;

import dev.vigil.server.github.GitHubAuthenticationException;
import dev.vigil.server.github.GitHubException;
import dev.vigil.server.github.GitHubNotFoundException;
import dev.vigil.server.github.GitHubRateLimitException;
import dev.vigil.server.github.GitHubValidationException;
import dev.vigil.server.web.ApiException;

/**
 * GitHub's refusals as Vigil's API reports them, each with its own error code and what to do: the
 * token refused (401), the repository not found or not visible (404), the request rejected (422;
 * {@code pull_request_exists} when a pull request of the branch is already open), the rate limit
 * (with when it resets), and GitHub unreachable or failing.
 */
final class GitHubFailures {
  private GitHubFailures() {}

  /** Returns the API error for {@code failure} of the call that did {@code what} on {@code repository}. */
  static ApiException of(GitHubException failure, String what, String repository) {
    if (failure instanceof GitHubAuthenticationException) {
      return new ApiException(502, "github_unauthorized", null, "GitHub refused the repository's token while "
          + what + " (HTTP 401): give the repository a valid token as its credential");
    }
    if (failure instanceof GitHubNotFoundException) {
      return new ApiException(502, "github_not_found", null, "GitHub has no repository " + repository
          + " that the token can see (HTTP 404) while " + what + ": check the repository's GitHub link and the "
          + "token's access");
    }
    if (failure instanceof GitHubRateLimitException limited) {
      return new ApiException(502, "github_rate_limit", null, "GitHub's rate limit was hit while " + what
          + (limited.resetAt() == null ? "; try again later" : "; try again after " + limited.resetAt()));
    }
    if (failure instanceof GitHubValidationException rejected) {
      String why = rejected.errors().isEmpty() ? String.valueOf(rejected.githubMessage())
          : String.join("; ", rejected.errors());
      boolean exists = why.toLowerCase(java.util.Locale.ROOT).contains("already exists");
      return new ApiException(422, exists ? "pull_request_exists" : "github_rejected", null,
          "GitHub rejected " + what + " (HTTP 422): " + why);
    }
    return new ApiException(502, "github_failed", null, "GitHub failed while " + what + ": " + failure.getMessage());
  }
}
