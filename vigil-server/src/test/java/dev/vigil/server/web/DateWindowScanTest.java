package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/scans} with a date range walks exactly the commits made in it. */
class DateWindowScanTest {
  @TempDir Path temp;

  @Test
  void aDateRangeScanStartsAtTheNewestCommitBeforeUntil() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      RevCommit first = repo.write("README.md", "demo\n").commit("start");
      RevCommit leaked = repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(5) + "\n")
          .commit("deploy bot");
      RevCommit fixed = repo.write("deploy/bot.env", "GH_TOKEN=${TOKEN}\n").commit("token from the environment");
      String admin = server.adminToken();
      long repository = server.connect(admin, "incident", repo.dir());
      String since = java.time.Instant.ofEpochSecond(first.getCommitTime()).toString();
      String until = java.time.Instant.ofEpochSecond(leaked.getCommitTime()).toString();

      JsonNode created = server.call("POST", "/api/v1/scans", admin, "{\"repositoryId\": " + repository
          + ", \"branch\": \"main\", \"window\": {\"since\": \"" + since.substring(0, 10) + "\", \"until\": \""
          + until + "\"}}").json();
      JsonNode scan = server.awaitScan(admin, created.get("id").asLong(), Duration.ofSeconds(60));
      JsonNode findings = server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json();
      server.push(repo.dir().toAbsolutePath().toString(), "main");
      JsonNode later = awaitFixed(server, admin, repository);

      assertThat(created.get("window").get("until").asText()).isEqualTo(until);
      assertThat(scan.get("state").asText()).isEqualTo("done");
      assertThat(scan.get("progress").get("commitsTotal").asInt()).isEqualTo(2);
      assertThat(scan.get("headSha").asText()).isEqualTo(leaked.name());
      assertThat(findings.get("items")).hasSize(1);
      assertThat(findings.get("items").get(0).get("introducedIn").get("sha").asText()).isEqualTo(leaked.name());
      assertThat(later.get("fixedIn").get("sha").asText())
          .as("the incremental scan after the range starts at its newest commit").isEqualTo(fixed.name());
    }
  }

  /** Waits for the pushed incremental scan from the range's end to mark the finding fixed. */
  private static JsonNode awaitFixed(ServerHarness server, String token, long repository) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode item = server.call("GET", "/api/v1/findings?repositoryId=" + repository, token, null).json()
          .get("items").get(0);
      if (!item.get("fixedIn").isNull()) return item;
      Thread.sleep(200);
    }
    throw new AssertionError("the finding was not marked fixed within 60 s");
  }
}
