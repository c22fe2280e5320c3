package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/repositories/{id}/sarif}: other tools' results beside Vigil's own findings. */
class SarifImportApiTest {
  @TempDir Path temp;

  /** A log of tool "Gitleaks": the token Vigil also finds (CWE-798, line 1) and a problem Vigil does not see. */
  private static String log(String secondMessage) {
    return "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"Gitleaks\", \"rules\": ["
        + "{\"id\": \"github-pat\", \"properties\": {\"tags\": [\"CWE-798\"], \"security-severity\": \"9.1\"}},"
        + "{\"id\": \"weak-cipher\", \"properties\": {\"tags\": [\"external/cwe/cwe-327\"]}}]}},"
        + "\"results\": ["
        + "{\"ruleId\": \"github-pat\", \"level\": \"error\", \"message\": {\"text\": \"GitHub token\"},"
        + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"deploy/bot.env\"}, \"region\": {\"startLine\": 1}}}]},"
        + "{\"ruleId\": \"weak-cipher\", \"level\": \"warning\", \"message\": {\"text\": \"" + secondMessage + "\"},"
        + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"src/Crypto.java\"}, \"region\": {\"startLine\": 9}}}],"
        + " \"partialFingerprints\": {\"hash\": \"c0ffee\"}},"
        + "{\"ruleId\": \"weak-cipher\", \"message\": {\"text\": \"outside\"},"
        + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"/etc/passwd\"}}}]}]}]}";
  }

  private static ServerHarness.Response upload(ServerHarness server, String token, long repository, String body) {
    return server.request("POST", "/api/v1/repositories/" + repository + "/sarif", body,
        Map.of("Authorization", "Bearer " + token, "Content-Type", "application/sarif+json"));
  }

  @Test
  void importsNewProblemsMergesKnownOnesAndSurvivesRescans() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(21) + "\n")
          .write("src/Crypto.java", "class Crypto {}\n").commit("start");
      String admin = server.adminToken();
      long repository = server.connect(admin, "shop", repo.dir());
      long scan = server.scanMain(admin, repository, 10);
      server.awaitScan(admin, scan, Duration.ofSeconds(60));
      long own = server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json()
          .get("items").get(0).get("id").asLong();
      String developer = server.createUser(admin, "dev", "developer");
      server.grant(admin, repository, "dev");

      ServerHarness.Response first = upload(server, developer, repository, log("DES in use"));
      ServerHarness.Response again = upload(server, developer, repository, log("DES still in use"));
      JsonNode external = server.call("GET", "/api/v1/findings?repositoryId=" + repository
          + "&rule=external:gitleaks/weak-cipher", admin, null).json();

      assertThat(first.status()).as(first.body()).isEqualTo(200);
      JsonNode result = first.json();
      assertThat(result.get("tools").toString()).isEqualTo("[\"gitleaks\"]");
      assertThat(result.get("added").asInt()).isEqualTo(1);
      assertThat(result.get("merged").get(0).get("findingId").asLong()).isEqualTo(own);
      assertThat(result.get("merged").get(0).get("externalRuleId").asText()).isEqualTo("external:gitleaks/github-pat");
      assertThat(result.get("skipped").get(0).asText()).isEqualTo("runs[0].results[2]: location /etc/passwd is outside the repository");
      assertThat(again.json().get("added").asInt()).isZero();
      assertThat(again.json().get("updated").asInt()).isEqualTo(1);
      assertThat(external.get("total").asInt()).isEqualTo(1);
      JsonNode item = external.get("items").get(0);
      assertThat(item.get("cwe").asInt()).isEqualTo(327);
      assertThat(item.get("path").asText()).isEqualTo("src/Crypto.java");
      assertThat(item.get("message").asText()).isEqualTo("DES still in use");
      assertThat(server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json()
          .get("total").asInt()).as("Vigil's token and one external finding, no duplicate").isEqualTo(2);

      long id = item.get("id").asLong();
      assertThat(server.call("POST", "/api/v1/findings/" + id + "/triage", developer,
          "{\"action\": \"assign\", \"owner\": \"@crypto\"}").status()).isEqualTo(200);
      repo.write("README.md", "shop\n").commit("docs");
      server.push(repo.dir().toAbsolutePath().toString(), "main");
      awaitScans(server, admin, repository, 2);
      JsonNode after = server.call("GET", "/api/v1/findings/" + id, admin, null).json();
      assertThat(after.get("status").asText()).as("an incremental scan leaves other tools' findings open").isEqualTo("open");
      assertThat(after.get("owner").asText()).isEqualTo("@crypto");
    }
  }

  @Test
  void malformedHostileOrForbiddenUploadsAreRefused() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("README.md", "x\n").commit("start");
      String admin = server.adminToken();
      long repository = server.connect(admin, "shop", repo.dir());
      String viewer = server.createUser(admin, "vera", "viewer");
      server.grant(admin, repository, "vera");

      ServerHarness.Response notSarif = upload(server, admin, repository, "{\"version\": \"2.1.0\"}");
      ServerHarness.Response deep = upload(server, admin, repository, "{\"version\": \"2.1.0\", \"runs\": "
          + "[".repeat(2000) + "]".repeat(2000) + "}");
      ServerHarness.Response large = upload(server, admin, repository, " ".repeat(33 * 1024 * 1024));
      ServerHarness.Response forbidden = upload(server, viewer, repository, log("x"));

      assertThat(notSarif.status()).isEqualTo(400);
      assertThat(notSarif.json().get("message").asText()).isEqualTo("runs: required, an array");
      assertThat(deep.status()).isEqualTo(400);
      assertThat(deep.json().get("message").asText()).startsWith("not a SARIF log: ").contains("nesting depth");
      assertThat(large.status()).isEqualTo(413);
      assertThat(large.json().get("message").asText()).isEqualTo("the SARIF log is larger than 32 MiB");
      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json()
          .get("total").asInt()).isZero();
    }
  }

  private static void awaitScans(ServerHarness server, String token, long repository, int done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode scans = server.call("GET", "/api/v1/scans?repositoryId=" + repository, token, null).json();
      int finished = 0;
      for (JsonNode scan : scans.path("items")) if ("done".equals(scan.get("state").asText())) finished++;
      if (finished >= done) return;
      Thread.sleep(200);
    }
    throw new AssertionError(done + " scans of repository " + repository + " did not finish within 60 s");
  }
}
