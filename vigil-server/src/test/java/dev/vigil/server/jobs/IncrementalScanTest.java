package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a backfill, a signed push webhook scans only the new commits and updates the findings. */
class IncrementalScanTest {
  @TempDir Path temp;

  @Test
  void pushScansNewCommitsKeepingKnownFindingsAndRecordingFixes() throws Exception {
    Path dir = temp.resolve("repo");
    try (GitFixtures repo = GitFixtures.init(dir);
         ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      RevCommit first = repo.write("a.env", "A=" + GitFixtures.fakeGithubToken(1) + "\n")
          .write("b.env", "B=" + GitFixtures.fakeGithubToken(2) + "\n").commit("two tokens");
      String token = server.adminToken();
      long repositoryId = server.connect(token, "repo", dir);
      server.awaitScan(token, server.scanMain(token, repositoryId, 100), Duration.ofSeconds(60));

      RevCommit removal = repo.write("b.env", "B=${B_TOKEN}\n").commit("read B from the environment");
      RevCommit addition = repo.write("c.env", "C=" + GitFixtures.fakeGithubToken(3) + "\n").commit("add C");
      ServerHarness.Response push = server.push(dir.toString(), "main");

      assertThat(push.status()).as(push.body()).isEqualTo(202);
      long scanId = push.json().get("queuedScans").get(0).asLong();
      JsonNode incremental = server.awaitScan(token, scanId, Duration.ofSeconds(60));
      assertThat(incremental.get("kind").asText()).isEqualTo("incremental");
      assertThat(incremental.get("progress").get("commitsTotal").asInt()).isEqualTo(3);

      JsonNode a = only(server, token, "a.env");
      JsonNode b = only(server, token, "b.env");
      JsonNode c = only(server, token, "c.env");
      assertThat(a.get("introducedIn").get("sha").asText()).isEqualTo(first.name());
      assertThat(a.get("status").asText()).isEqualTo("open");
      assertThat(b.get("status").asText()).isEqualTo("fixed");
      assertThat(b.get("fixedIn").get("sha").asText()).isEqualTo(removal.name());
      assertThat(b.get("introducedIn").get("sha").asText()).isEqualTo(first.name());
      assertThat(c.get("introducedIn").get("sha").asText()).isEqualTo(addition.name());
      assertThat(c.get("presentAtHead").asBoolean()).isTrue();
    }
  }

  private static JsonNode only(ServerHarness server, String token, String path) {
    JsonNode page = server.call("GET", "/api/v1/findings?path=" + path, token, null).json();
    assertThat(page.get("total").asLong()).as(path).isEqualTo(1);
    return page.get("items").get(0);
  }
}
