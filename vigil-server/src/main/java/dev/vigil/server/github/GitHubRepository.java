package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;

/** A repository as GitHub's REST API lists it, reduced to what connecting it needs. */
public record GitHubRepository(
    String name, String fullName, String cloneUrl, String htmlUrl, String defaultBranch,
    boolean isPrivate, boolean archived, String description) {

  /** Returns the repository of one element of GitHub's repository list. */
  static GitHubRepository of(JsonNode json) {
    return new GitHubRepository(json.path("name").asText(), json.path("full_name").asText(),
        json.path("clone_url").asText(), json.path("html_url").asText(),
        json.path("default_branch").asText(null), json.path("private").asBoolean(),
        json.path("archived").asBoolean(), json.path("description").asText(null));
  }
}
