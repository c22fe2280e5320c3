package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's main flow on a server whose database is a real PostgreSQL. */
class PostgresApiTest {
  @TempDir static Path temp;
  static EmbeddedPostgres postgres;
  static String jdbcUrl;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
    jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"))) {
      repo.write("README.md", "demo\n").commit("start");
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(7) + "\n").commit("deploy bot");
      repo.write("ops/ci.env", "TOKEN=" + GitFixtures.fakeGithubToken(8) + "\n").commit("ci bot");
      repo.write("README.md", "demo 2\n").commit("docs");
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void repositoryIsConnectedScannedListedAndTriagedOnPostgres() throws Exception {
    long findingId;
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"), jdbcUrl, "postgres", "postgres")) {
      String token = server.adminToken();
      long repository = server.connect(token, "demo", temp.resolve("repo"));
      JsonNode scan = server.call("POST", "/api/v1/scans", token, "{\"repositoryId\": " + repository
          + ", \"branch\": \"main\", \"window\": {\"since\": \"2024-01-01\", \"until\": \"2099-12-31\"}}").json();

      JsonNode done = server.awaitScan(token, scan.get("id").asLong(), Duration.ofSeconds(90));
      JsonNode list = server.call("GET", "/api/v1/findings?repositoryId=" + repository
          + "&severity=critical&status=open&sort=-path&page=1&size=10", token, null).json();
      JsonNode filtered = server.call("GET", "/api/v1/findings?repositoryId=" + repository
          + "&path=ops/&cwe=798", token, null).json();

      assertThat(server.startOutput()).contains("database: PostgreSQL");
      assertThat(done.get("state").asText()).isEqualTo("done");
      assertThat(done.get("window").get("until").asText()).isEqualTo("2099-12-31T23:59:59Z");
      assertThat(done.get("progress").get("commitsDone").asInt()).isEqualTo(4);
      assertThat(list.get("total").asLong()).isEqualTo(2);
      assertThat(list.get("items").findValuesAsText("path")).containsExactly("ops/ci.env", "deploy/bot.env");
      assertThat(filtered.get("items").findValuesAsText("path")).containsExactly("ops/ci.env");
      findingId = list.get("items").get(1).get("id").asLong();
      JsonNode triaged = server.call("POST", "/api/v1/findings/" + findingId + "/triage", token,
          "{\"action\": \"reject\", \"reason\": \"revoked already\"}").json();
      JsonNode detail = server.call("GET", "/api/v1/findings/" + findingId, token, null).json();
      assertThat(triaged.get("status").asText()).isEqualTo("rejected");
      assertThat(detail.get("triage").get(0).get("reason").asText()).isEqualTo("revoked already");
      assertThat(detail.get("evidence")).isNotEmpty();
      assertThat(detail.get("introducedIn").get("message").asText()).isEqualTo("deploy bot");
      assertThat(server.call("GET", "/api/v1/repositories/" + repository + "/recommended", token, null)
          .json().get("items").findValuesAsText("path")).containsExactly("ops/ci.env");
    }

    try (ServerHarness again = ServerHarness.start(temp.resolve("data-2"), jdbcUrl, "postgres", "postgres")) {
      String token = again.adminToken();
      JsonNode detail = again.call("GET", "/api/v1/findings/" + findingId, token, null).json();

      assertThat(again.startOutput()).doesNotContain("Created the first admin");
      assertThat(detail.get("status").asText()).isEqualTo("rejected");
    }
  }
}
