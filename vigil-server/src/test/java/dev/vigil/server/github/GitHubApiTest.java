package dev.vigil.server.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF upload to code scanning and connecting from an organisation, against a local GitHub. */
class GitHubApiTest {
  @TempDir Path temp;
  private final GitHubStub github = GitHubStub.start("ghp_test");

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aLinkedRepositoryUploadsEachScansSarifAndOnDemand() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(31) + "\n").commit("one");
      repo.write("README.md", "shop\n").commit("two");
      String admin = server.adminToken();
      long id = server.call("POST", "/api/v1/repositories", admin, "{\"name\": \"shop\", \"url\": \""
          + repo.dir().toAbsolutePath() + "\", \"credential\": \"ghp_test\"}").json().get("id").asLong();
      ServerHarness.Response linked = server.call("PUT", "/api/v1/repositories/" + id + "/github", admin,
          "{\"repository\": \"acme/shop\", \"apiBase\": \"" + github.apiBase() + "/\", \"uploadSarif\": true}");
      assertThat(linked.status()).isEqualTo(200);
      assertThat(linked.json().get("apiBase").asText()).isEqualTo(github.apiBase());

      long scan = server.scanMain(admin, id, 10);
      JsonNode done = server.awaitScan(admin, scan, Duration.ofSeconds(60));
      awaitUploads(1);

      GitHubStub.SarifUpload upload = github.sarifUploads().get(0);
      assertThat(List.of(upload.owner(), upload.repo(), upload.commitSha(), upload.ref()))
          .containsExactly("acme", "shop", done.get("headSha").asText(), "refs/heads/main");
      assertThat(new SarifSchema().validate(upload.sarif())).isEmpty();
      JsonNode run = Json.mapper().readTree(upload.sarif()).get("runs").get(0);
      JsonNode finding = server.call("GET", "/api/v1/findings?repositoryId=" + id, admin, null).json().get("items").get(0);
      assertThat(run.get("results")).hasSize(1);
      assertThat(run.get("results").get(0).get("ruleId").asText()).isEqualTo(finding.get("ruleId").asText());
      assertThat(run.get("results").get(0).get("partialFingerprints").get("vigilFingerprint/v1").asText())
          .isEqualTo(finding.get("fingerprint").asText());
      assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asText()).isEqualTo("deploy/bot.env");

      ServerHarness.Response onDemand = server.call("POST", "/api/v1/scans/" + scan + "/code-scanning", admin, null);
      assertThat(onDemand.status()).isEqualTo(202);
      assertThat(onDemand.json().get("url").asText()).startsWith(github.apiBase() + "/repos/acme/shop/code-scanning/sarifs/");
      assertThat(github.sarifUploads()).hasSize(2);
      assertThat(server.call("GET", "/api/v1/repositories/" + id + "/github", admin, null).json()
          .get("lastUploadId").asText()).isEqualTo(onDemand.json().get("id").asText());

      github.failNext(GitHubStub.Response.error(403, "Advanced Security must be enabled for this repository to use code scanning."));
      ServerHarness.Response refused = server.call("POST", "/api/v1/scans/" + scan + "/code-scanning", admin, null);
      assertThat(refused.status()).isEqualTo(502);
      assertThat(refused.json().get("error").asText()).isEqualTo("github");
      assertThat(refused.json().get("message").asText()).contains("Advanced Security must be enabled");
      assertThat(server.call("GET", "/api/v1/repositories/" + id + "/github", admin, null).json()
          .get("lastUploadError").asText()).contains("HTTP 403");
    }
  }

  @Test
  void anUnlinkedRepositorysScanIsNotUploaded() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("README.md", "shop\n").commit("one");
      String admin = server.adminToken();
      long id = server.connect(admin, "shop", repo.dir());
      long scan = server.scanMain(admin, id, 10);
      server.awaitScan(admin, scan, Duration.ofSeconds(60));

      ServerHarness.Response upload = server.call("POST", "/api/v1/scans/" + scan + "/code-scanning", admin, null);

      assertThat(upload.status()).isEqualTo(400);
      assertThat(upload.json().get("message").asText()).contains("is not linked to GitHub");
      assertThat(github.requests()).isEmpty();
    }
  }

  @Test
  void connectsSeveralRepositoriesOfAnOrganisationListedAcrossPages() throws Exception {
    github.organisation("acme", 105);
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String admin = server.adminToken();
      String access = "\"organisation\": \"acme\", \"token\": \"ghp_test\", \"apiBase\": \"" + github.apiBase() + "\"";

      JsonNode listed = server.call("POST", "/api/v1/github/organisation-repositories", admin, "{" + access + "}").json();
      assertThat(listed.get("items")).hasSize(105);
      assertThat(listed.get("items").get(104).get("fullName").asText()).isEqualTo("acme/service-105");
      assertThat(github.requests("GET", ".*/repos")).hasSize(2);

      ServerHarness.Response connected = server.call("POST", "/api/v1/github/organisation-connect", admin, "{" + access
          + ", \"repositories\": [\"service-02\", \"service-103\"], \"environment\": \"staging\", \"pathScope\": \"src/\","
          + " \"uploadSarif\": true}");

      assertThat(connected.status()).isEqualTo(201);
      JsonNode items = connected.json().get("items");
      assertThat(items).hasSize(2);
      assertThat(items.get(1).get("name").asText()).isEqualTo("service-103");
      assertThat(items.get(1).get("url").asText()).endsWith("/acme/service-103.git");
      assertThat(items.get(1).get("pathScope").asText()).isEqualTo("src/");
      assertThat(items.get(1).get("hasCredential").asBoolean()).isTrue();
      for (JsonNode item : items) {
        String repository = "/api/v1/repositories/" + item.get("id").asLong();
        assertThat(server.call("GET", repository + "/environments", admin, null).json().get("items").get(0)
            .get("name").asText()).isEqualTo("staging");
        JsonNode link = server.call("GET", repository + "/github", admin, null).json();
        assertThat(link.get("fullName").asText()).isEqualTo("acme/" + item.get("name").asText());
        assertThat(link.get("uploadSarif").asBoolean()).isTrue();
      }
      ServerHarness.Response unknown = server.call("POST", "/api/v1/github/organisation-connect", admin, "{" + access
          + ", \"repositories\": [\"service-999\"]}");
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.json().get("message").asText()).isEqualTo("not repositories of acme the token sees: service-999");
      ServerHarness.Response wrongToken = server.call("POST", "/api/v1/github/organisation-repositories", admin,
          "{\"organisation\": \"acme\", \"token\": \"ghp_nope\", \"apiBase\": \"" + github.apiBase() + "\"}");
      assertThat(wrongToken.status()).isEqualTo(502);
      assertThat(wrongToken.json().get("message").asText()).contains("Bad credentials");
    }
  }

  private void awaitUploads(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (github.sarifUploads().size() < count && System.nanoTime() < deadline) Thread.sleep(100);
    assertThat(github.sarifUploads()).hasSize(count);
  }
}
