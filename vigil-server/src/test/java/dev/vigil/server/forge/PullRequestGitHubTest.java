package dev.vigil.server.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.Installation;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.server.github.GitHubStub;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.Json;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.ui.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull request of an approved fix on a local server speaking GitHub's REST API, with the branch
 * pushed to a real bare repository: GitHub's refusals as API errors, the pull request with the
 * finding, evidence and validation in its body and reviews requested from the code owners, its
 * state followed by polling and by webhooks, and the merge confirmed fixed by the scan it starts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PullRequestGitHubTest {
  static final String TOKEN = "ghp_pull_request_test";
  @TempDir static Path temp;
  static GitHubStub github;
  static GitHubPulls pulls;
  static ServerHarness server;
  static String admin;
  static ValidatedShop shop;
  static long finding;
  static String head;

  @BeforeAll
  static void start() throws Exception {
    Path bare = temp.resolve("remotes/shop.git");
    github = GitHubStub.start(TOKEN);
    pulls = GitHubPulls.serve(github, bare);
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    shop = ValidatedShop.scan(server, admin, temp.resolve("work"), dir -> {
      Files.writeString(dir.resolve("CODEOWNERS"), "* @acme/platform\nsrc/main/java/com/acme/orders/ @lin @acme/orders "
          + "orders@example.org\n");
      GitCommand.run(dir, "add", "CODEOWNERS");
      GitCommand.run(dir, "commit", "-q", "-m", "Code owners");
      head = GitCommand.run(dir, "rev-parse", "HEAD").strip();
      Git.cloneRepository().setURI(dir.toUri().toString()).setBare(true).setDirectory(bare.toFile()).call().close();
      return "file://x-access-token:" + TOKEN + "@" + bare.toAbsolutePath();
    });
    assertThat(server.call("PUT", "/api/v1/repositories/" + shop.repositoryId + "/github", admin,
        "{\"repository\": \"acme/shop\", \"apiBase\": \"" + github.apiBase() + "\"}").status()).isEqualTo(200);
    finding = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    long patch = server.call("POST", "/api/v1/findings/" + finding + "/patch", admin, null).json().get("id").asLong();
    server.call("POST", "/api/v1/patches/" + patch + "/approval", admin, null);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (github != null) github.close();
  }

  private static ServerHarness.Response open() {
    return server.call("POST", "/api/v1/findings/" + finding + "/pull-request", admin, null);
  }

  private static void assertRefused(GitHubStub.Response answer, int status, String error, String message) {
    github.failNext(answer);
    ServerHarness.Response refused = open();
    assertThat(refused.status()).as(refused.body()).isEqualTo(status);
    assertThat(refused.json().get("error").asText()).isEqualTo(error);
    assertThat(refused.json().get("message").asText()).startsWith(message);
  }

  @Test
  @Order(1)
  void githubsRefusalsBecomeClearApiErrorsAndTheBranchStaysPushed() {
    assertRefused(GitHubStub.Response.error(401, "Bad credentials"), 502, "github_unauthorized",
        "GitHub refused the repository's token while opening the pull request of vigil/fix-" + finding);
    assertRefused(GitHubStub.Response.error(404, "Not Found"), 502, "github_not_found",
        "GitHub has no repository acme/shop that the token can see (HTTP 404)");
    assertRefused(GitHubStub.Response.error(403, "API rate limit exceeded for user ID 1.")
            .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", "1796000000"), 502,
        "github_rate_limit", "GitHub's rate limit was hit while opening the pull request of vigil/fix-" + finding
            + "-sql-injection; try again after 2026-11-30T");
    assertRefused(GitHubStub.Response.json(422, Map.of("message", "Validation Failed", "errors", List.of(Map.of(
            "resource", "PullRequest", "code", "custom",
            "message", "A pull request already exists for acme:vigil/fix-" + finding + "-sql-injection.")))),
        422, "pull_request_exists", "GitHub rejected opening the pull request of vigil/fix-" + finding
            + "-sql-injection (HTTP 422): A pull request already exists for acme:vigil/fix-");

    JsonNode pushed = server.call("GET", "/api/v1/findings/" + finding + "/pull-request", admin, null).json();
    assertThat(pushed.get("state").asText()).isEqualTo("pushed");
    assertThat(pushed.get("note").asText()).startsWith("GitHub rejected opening the pull request");
    assertThat(github.requests("POST", "/repos/acme/shop/pulls")).hasSize(4);
  }

  @Test
  @Order(2)
  void opensThePullRequestWithTheFindingAndAsksTheCodeOwnersToReview() throws Exception {
    ServerHarness.Response opened = open();

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    JsonNode published = opened.json();
    String branch = "vigil/fix-" + finding + "-sql-injection";
    assertThat(published.get("branch").asText()).isEqualTo(branch);
    assertThat(published.get("url").asText()).isEqualTo("https://github.example/acme/shop/pull/17");
    assertThat(published.get("state").asText()).isEqualTo("open");
    assertThat(published.get("reviewers")).extracting(JsonNode::asText)
        .containsExactly("@lin", "@acme/orders", "orders@example.org");
    JsonNode request = github.requests("POST", "/repos/acme/shop/pulls").get(4).json();
    assertThat(request.get("head").asText()).isEqualTo(branch);
    assertThat(request.get("base").asText()).isEqualTo("main");
    assertThat(request.get("title").asText()).isEqualTo("Fix java.sql-injection in " + ValidatedShop.DAO + ":14");
    assertThat(request.get("body").asText()).startsWith("Vigil found **java.sql-injection** (critical, CWE-89, ")
        .contains("### Evidence and data flow\n\n1. ", ValidatedShop.CONTROLLER + ":", ValidatedShop.DAO + ":14",
            "### Patch validation: validated\n", "| finding-gone | passed |", "### Regression test\n\nNone:",
            "approved by admin");
    JsonNode review = github.requests("POST", "/repos/acme/shop/pulls/17/requested_reviewers").get(0).json();
    assertThat(review.get("reviewers")).extracting(JsonNode::asText).containsExactly("lin");
    assertThat(review.get("team_reviewers")).extracting(JsonNode::asText).containsExactly("orders");
    Path bare = temp.resolve("remotes/shop.git");
    assertThat(GitCommand.run(bare, "rev-parse", branch + "^")).isEqualTo(head + "\n");
    assertThat(GitCommand.run(bare, "diff", "--name-only", head, branch)).isEqualTo(ValidatedShop.DAO + "\n");

    assertThat(findingPage()).contains("<a href=\"https://github.example/acme/shop/pull/17\" id=\"pull-request-link\">"
        + "acme/shop#17</a>", "id=\"pull-request-state\">open</span>", "@lin @acme/orders orders@example.org");
    ServerHarness.Response again = open();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("url")).isEqualTo(published.get("url"));
    assertThat(github.requests("POST", "/repos/acme/shop/pulls")).hasSize(5);
  }

  @Test
  @Order(3)
  void pollingFollowsTheStateOnGitHub() {
    Installation installation = Installation.of(server.server().database(), temp.resolve("data"));
    PullRequestStates states = new PullRequestStates(new PullRequestStore(installation.jdbi()), installation.findings(),
        installation.repositories(), new GitHubLinkStore(installation.jdbi()), Clock.systemUTC());

    assertThat(states.pollOpen()).as("still open").isZero();
    pulls.close(17, null);
    assertThat(states.pollOpen()).isEqualTo(1);

    assertThat(state()).isEqualTo("closed");
    assertThat(github.requests("GET", "/repos/acme/shop/pulls/17")).hasSize(2);
  }

  @Test
  @Order(4)
  void webhooksFollowTheStateAndAMergeIsConfirmedByTheScanItStarts() throws Exception {
    pulls.reopen(17);
    assertThat(event().json().get("state").asText()).isEqualTo("open");
    Path clone = temp.resolve("merge");
    Path bare = temp.resolve("remotes/shop.git");
    GitCommand.run(temp, "clone", "-q", bare.toString(), clone.toString());
    GitCommand.run(clone, "merge", "--no-ff", "-q", "-m", "Merge pull request #17", "origin/vigil/fix-" + finding
        + "-sql-injection");
    GitCommand.run(clone, "push", "-q", "origin", "main");
    String merge = GitCommand.run(clone, "rev-parse", "HEAD").strip();
    pulls.close(17, merge);

    ServerHarness.Response merged = event();

    assertThat(merged.status()).as(merged.body()).isEqualTo(202);
    assertThat(merged.json().get("state").asText()).isEqualTo("merged");
    assertThat(server.call("GET", "/api/v1/findings/" + finding + "/pull-request", admin, null).json()
        .get("mergeCommit").asText()).isEqualTo(merge);
    long scan = merged.json().get("queuedScans").get(0).asLong();
    assertThat(server.awaitScan(admin, scan, Duration.ofSeconds(90)).get("state").asText()).isEqualTo("done");
    JsonNode fixed = server.call("GET", "/api/v1/findings/" + finding, admin, null).json();
    assertThat(fixed.get("status").asText()).isEqualTo("fixed");
    assertThat(fixed.get("fixedIn").get("sha").asText()).isEqualTo(merge);
    assertThat(findingPage()).contains("id=\"pull-request-state\">merged</span>", "confirmed fixed by the scan");
  }

  /** Returns the finding's page as the admin sees it. */
  private static String findingPage() {
    return TestSessions.page(server, new User(1, "admin", Role.ADMIN), "/findings/" + finding);
  }

  /** Sends GitHub's signed {@code pull_request} event for pull request 17 as it now stands. */
  private static ServerHarness.Response event() {
    Map<String, Object> pull = pulls.json(17);
    String payload = Json.write(Map.of("action", "closed".equals(pull.get("state")) ? "closed" : "reopened",
        "number", 17, "pull_request", pull,
        "repository", Map.of("full_name", "acme/shop", "clone_url", "https://github.example/acme/shop.git")));
    return server.request("POST", "/api/v1/webhooks/github", payload, Map.of("X-GitHub-Event", "pull_request",
        "X-Hub-Signature-256", "sha256=" + ServerHarness.sign(payload), "Content-Type", "application/json"));
  }

  private static String state() {
    return server.call("GET", "/api/v1/findings/" + finding + "/pull-request", admin, null).json().get("state").asText();
  }
}
