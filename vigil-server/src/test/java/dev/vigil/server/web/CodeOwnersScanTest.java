package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans suggest each finding's owners from CODEOWNERS at the head; the list filters on them. */
class CodeOwnersScanTest {
  @TempDir Path temp;

  @Test
  void scansSuggestOwnersFromCodeOwnersAndFollowItsChanges() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write(".github/CODEOWNERS", "* @acme/platform\n/deploy/ @acme/ops @dana\n")
          .write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(1) + "\n")
          .write("src/app.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(2) + "\n").commit("start");
      String admin = server.adminToken();
      long repository = server.connect(admin, "owned", repo.dir());
      assertThat(server.awaitScan(admin, server.scanMain(admin, repository, 10), Duration.ofSeconds(60)).get("state").asText())
          .isEqualTo("done");

      JsonNode ops = list(server, admin, repository, "team=@acme/ops");
      JsonNode dana = list(server, admin, repository, "owner=@dana");
      JsonNode platform = list(server, admin, repository, "team=@acme/platform");

      assertThat(paths(ops)).containsExactly("deploy/bot.env");
      assertThat(ops.get("items").get(0).get("suggestedOwners").toString()).isEqualTo("[\"@acme/ops\",\"@dana\"]");
      assertThat(paths(dana)).containsExactly("deploy/bot.env");
      assertThat(paths(platform)).containsExactly("src/app.env");

      repo.write(".github/CODEOWNERS", "* @acme/platform\n/deploy/ @acme/sre\n").commit("ops became sre");
      server.push(repo.dir().toAbsolutePath().toString(), "main");
      JsonNode sre = awaitTeam(server, admin, repository, "@acme/sre");

      assertThat(paths(sre)).containsExactly("deploy/bot.env");
      assertThat(paths(list(server, admin, repository, "team=@acme/ops"))).isEmpty();
    }
  }

  private static JsonNode list(ServerHarness server, String token, long repository, String filter) {
    return server.call("GET", "/api/v1/findings?repositoryId=" + repository + "&sort=path&" + filter, token, null)
        .json();
  }

  private static JsonNode awaitTeam(ServerHarness server, String token, long repository, String team)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode page = list(server, token, repository, "team=" + team);
      if (page.get("total").asLong() > 0) return page;
      Thread.sleep(200);
    }
    throw new AssertionError("no finding of " + team + " within 60 s");
  }

  private static List<String> paths(JsonNode page) {
    List<String> paths = new ArrayList<>();
    page.get("items").forEach(item -> paths.add(item.get("path").asText()));
    return paths;
  }
}
