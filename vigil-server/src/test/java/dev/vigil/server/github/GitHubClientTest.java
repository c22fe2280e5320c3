package dev.vigil.server.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GitHub client against a local server speaking GitHub's wire format. */
class GitHubClientTest {
  private final GitHubStub github = GitHubStub.start("ghp_test");
  private final GitHubClient client = new GitHubClient(github.apiBase(), "ghp_test");

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void listsAnOrganisationsRepositoriesAcrossPagesFollowingLinkHeaders() {
    github.organisation("acme", 230);

    List<GitHubRepository> repositories = new Organisations(client).repositories("acme");

    assertThat(repositories).hasSize(230);
    assertThat(repositories.get(0).fullName()).isEqualTo("acme/service-01");
    assertThat(repositories.get(229).name()).isEqualTo("service-230");
    assertThat(repositories.get(1).isPrivate()).isTrue();
    assertThat(repositories.get(0).cloneUrl()).endsWith("/acme/service-01.git");
    assertThat(repositories.get(0).defaultBranch()).isEqualTo("main");
    List<GitHubStub.Request> calls = github.requests("GET", ".*/repos");
    assertThat(calls).extracting(GitHubStub.Request::path)
        .containsExactly("/orgs/acme/repos", "/organizations/9900/repos", "/organizations/9900/repos");
    assertThat(calls).extracting(r -> r.query().get("page")).containsExactly(null, "2", "3");
    assertThat(calls.get(0).headers().getFirst("Accept")).isEqualTo("application/vnd.github+json");
    assertThat(calls.get(0).headers().getFirst("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
  }

  @Test
  void postsJsonAndReadsTheAnswer() {
    github.route("POST", "/repos/{owner}/{repo}/issues", r -> GitHubStub.Response.json(201,
        Map.of("number", 7, "title", r.json().path("title").asText(), "repo", r.params().get("repo"))));

    JsonNode answer = client.post("/repos/acme/shop/issues", Map.of("title", "SQL injection"));

    assertThat(answer.path("number").asInt()).isEqualTo(7);
    assertThat(answer.path("title").asText()).isEqualTo("SQL injection");
    assertThat(answer.path("repo").asText()).isEqualTo("shop");
    assertThat(github.requests().get(0).headers().getFirst("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void aWrongTokenIsAnAuthenticationFailure() {
    GitHubClient wrong = new GitHubClient(github.apiBase(), "ghp_wrong");

    assertThatThrownBy(() -> wrong.get("/orgs/acme/repos"))
        .isInstanceOf(GitHubAuthenticationException.class)
        .hasMessage("GET /api/v3/orgs/acme/repos was refused, the GitHub token is not valid (HTTP 401: Bad credentials)");
  }

  @Test
  void primaryAndSecondaryRateLimitsSayWhenTheyReset() {
    github.failNext(GitHubStub.Response.error(403, "API rate limit exceeded for user ID 1.")
        .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", "1796563200"));
    github.failNext(GitHubStub.Response.error(429, "You have exceeded a secondary rate limit.")
        .withHeader("retry-after", "60"));

    assertThatThrownBy(() -> client.get("/user"))
        .isInstanceOfSatisfying(GitHubRateLimitException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.resetAt()).isEqualTo(Instant.ofEpochSecond(1796563200));
        })
        .hasMessageContaining("hit GitHub's rate limit (HTTP 403: API rate limit exceeded for user ID 1.)")
        .hasMessageContaining("resets at 2026-12-06T");
    Instant before = Instant.now();
    assertThatThrownBy(() -> client.get("/user"))
        .isInstanceOfSatisfying(GitHubRateLimitException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.resetAt()).isBetween(before.plusSeconds(59), before.plusSeconds(120));
        });
  }

  @Test
  void aForbiddenCallWithoutRateLimitIsAPlainFailure() {
    github.failNext(GitHubStub.Response.error(403, "Resource not accessible by integration"));

    assertThatThrownBy(() -> client.get("/orgs/acme/repos"))
        .isExactlyInstanceOf(GitHubException.class)
        .hasMessage("GET /api/v3/orgs/acme/repos failed (HTTP 403: Resource not accessible by integration)");
  }

  @Test
  void notFoundAndValidationFailuresCarryGitHubsMessage() {
    assertThatThrownBy(() -> new Organisations(client).repositories("nobody"))
        .isInstanceOf(GitHubNotFoundException.class)
        .hasMessageContaining("(HTTP 404: Not Found)");
    github.failNext(GitHubStub.Response.json(422, Map.of("message", "Validation Failed",
        "errors", List.of(Map.of("resource", "Issue", "field", "title", "code", "missing_field"),
            Map.of("message", "ref is not a branch")),
        "documentation_url", "https://docs.github.com/rest")));

    assertThatThrownBy(() -> client.post("/repos/acme/shop/issues", Map.of()))
        .isInstanceOfSatisfying(GitHubValidationException.class,
            e -> assertThat(e.errors()).containsExactly("title: missing_field", "ref is not a branch"))
        .hasMessage("POST /api/v3/repos/acme/shop/issues was rejected by GitHub (HTTP 422: Validation Failed"
            + " - title: missing_field; ref is not a branch)");
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowedWithTheToken() {
    github.route("GET", "/orgs/{org}/repos", r -> GitHubStub.Response.json(200, List.of())
        .withHeader("Link", "<https://elsewhere.example/steal?page=2>; rel=\"next\""));

    assertThatThrownBy(() -> client.getAll("/orgs/acme/repos"))
        .isInstanceOf(GitHubException.class)
        .hasMessageContaining("leaves " + github.apiBase());
  }

  @Test
  void linkHeadersAreReadWhateverTheOrderOfRelations() {
    String header = "<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=3>; rel=\"next\"";

    assertThat(LinkHeader.find(header, "next")).isEqualTo("https://api.github.com/x?page=3");
    assertThat(LinkHeader.find(header, "last")).isNull();
    assertThat(LinkHeader.find(null, "next")).isNull();
  }
}
