package dev.vigil.server.github;

import java.util.List;

/** GitHub rejected the request's content (HTTP 422, "Validation Failed") and said why. */
public final class GitHubValidationException extends GitHubException {
  private final List<String> errors;

  /** Creates the failure with GitHub's {@code githubMessage} and its per-field {@code errors}. */
  public GitHubValidationException(String githubMessage, List<String> errors, String description) {
    super(422, githubMessage, description);
    this.errors = List.copyOf(errors);
  }

  /** Returns GitHub's per-field errors as text ("field: code" or the error's own message). */
  public List<String> errors() {
    return errors;
  }
}
