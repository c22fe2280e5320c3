package dev.vigil.server.github;

import java.util.List;

/** GitHub's organisation endpoints. */
public final class Organisations {
  private final GitHubClient client;

  /** Creates the endpoints called through {@code client}. */
  public Organisations(GitHubClient client) {
    this.client = client;
  }

  /** Returns every repository of {@code org} the token may see ({@code GET /orgs/{org}/repos}, all pages). */
  public List<GitHubRepository> repositories(String org) {
    return client.getAll("/orgs/" + GitHubClient.segment(org) + "/repos?type=all&sort=full_name&per_page=100")
        .stream().map(GitHubRepository::of).toList();
  }
}
