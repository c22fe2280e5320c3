package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GitHub's pull request endpoints. */
public final class Pulls {
  /**
   * A pull request as GitHub answers it, reduced to what Vigil follows: number, address, state
   * ({@code open} or {@code closed}), whether it was merged, and the merge commit once it was.
   */
  public record PullRequest(int number, String htmlUrl, String state, boolean merged, String mergeCommitSha) {
    /** Returns the pull request of GitHub's JSON. */
    public static PullRequest of(JsonNode json) {
      return new PullRequest(json.path("number").asInt(), json.path("html_url").asText(null),
          json.path("state").asText(), json.path("merged").asBoolean(false),
          json.path("merged").asBoolean(false) ? json.path("merge_commit_sha").asText(null) : null);
    }
  }

  private final GitHubClient client;

  /** Creates the endpoints called through {@code client}. */
  public Pulls(GitHubClient client) {
    this.client = client;
  }

  /**
   * Opens a pull request of branch {@code head} into {@code base} of {@code owner/repo}
   * ({@code POST /repos/{owner}/{repo}/pulls}).
   */
  public PullRequest open(String owner, String repo, String title, String head, String base, String body) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("title", title);
    request.put("head", head);
    request.put("base", base);
    request.put("body", body);
    request.put("maintainer_can_modify", true);
    return PullRequest.of(client.post(path(owner, repo), request));
  }

  /** Returns pull request {@code number} of {@code owner/repo} ({@code GET /repos/{owner}/{repo}/pulls/{number}}). */
  public PullRequest get(String owner, String repo, int number) {
    return PullRequest.of(client.get(path(owner, repo) + "/" + number));
  }

  /**
   * Requests reviews of pull request {@code number} from users (logins) and teams (slugs)
   * ({@code POST /repos/{owner}/{repo}/pulls/{number}/requested_reviewers}).
   */
  public void requestReviewers(String owner, String repo, int number, List<String> users, List<String> teams) {
    client.post(path(owner, repo) + "/" + number + "/requested_reviewers",
        Map.of("reviewers", users, "team_reviewers", teams));
  }

  private static String path(String owner, String repo) {
    return "/repos/" + GitHubClient.segment(owner) + "/" + GitHubClient.segment(repo) + "/pulls";
  }
}
