package dev.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSmokeTest {
  @TempDir Path temp;

  @Test
  void repositoryIsConnectedScannedAndItsFindingsComeBackWithEvidence() throws Exception {
    RevCommit added;
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"))) {
      repo.write("README.md", "demo\n").commit("start");
      added = repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(1) + "\n")
          .commit("deploy bot");
      repo.write("README.md", "demo 2\n").commit("docs");
    }
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String token = server.adminToken();
      JsonNode repository = server.call("POST", "/api/v1/repositories", token,
          "{\"name\": \"demo\", \"url\": \"" + temp.resolve("repo") + "\"}").json();
      JsonNode scan = server.call("POST", "/api/v1/scans", token, "{\"repositoryId\": "
          + repository.get("id") + ", \"branch\": \"main\", \"window\": {\"commits\": 10}}").json();

      JsonNode done = server.awaitScan(token, scan.get("id").asLong(), Duration.ofSeconds(60));
      ServerHarness.Response list = server.call("GET", "/api/v1/findings?repositoryId="
          + repository.get("id") + "&severity=critical&sort=-line", token, null);

      assertThat(done.get("state").asText()).isEqualTo("done");
      assertThat(done.get("progress").get("commitsDone").asInt()).isEqualTo(3);
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().get("total").asLong()).isEqualTo(1);
      JsonNode item = list.json().get("items").get(0);
      assertThat(item.get("path").asText()).isEqualTo("deploy/bot.env");
      assertThat(item.get("introducedIn").get("sha").asText()).isEqualTo(added.name());
      JsonNode detail = server.call("GET", "/api/v1/findings/" + item.get("id"), token, null).json();
      assertThat(detail.get("evidence")).isNotEmpty();
      assertThat(detail.get("introducedIn").get("message").asText()).isEqualTo("deploy bot");
      assertThat(detail.toString()).doesNotContain(GitFixtures.fakeGithubToken(1));
    }
  }
}
