package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan of a repository with a .vigilignore lists the files it kept out, with why, on its page and in the API. */
class IgnoredFilesPageTest {
  @TempDir Path temp;

  @Test
  void scanPageCountsTheIgnoredFilesAndNamesThePattern() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write(".vigilignore", "vendor/\n")
          .write("vendor/sdk/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(3) + "\n")
          .write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(4) + "\n").commit("start");
      String admin = server.adminToken();
      long repository = server.connect(admin, "ignoring", repo.dir());
      long scan = server.scanMain(admin, repository, 10);
      server.awaitScan(admin, scan, Duration.ofSeconds(60));

      JsonNode skipped = server.call("GET", "/api/v1/scans/" + scan + "/skipped", admin, null).json();
      JsonNode findings = server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json();
      String session = new SessionStore(server.server().database().jdbi()).open(new User(1, "admin", Role.ADMIN)).id();
      String page = server.request("GET", "/scans/" + scan, null, Map.of("Cookie", "vigil_session=" + session)).body();

      assertThat(findings.get("items").findValuesAsText("path")).containsExactly("deploy/bot.env");
      assertThat(skipped.toString()).contains("vendor/sdk/bot.env", "matches 'vendor/'");
      assertThat(page).contains("<p class=\"muted\" id=\"skipped-summary\">1 file: 1 listed in .vigilignore</p>",
          "vendor/sdk/bot.env", "matches 'vendor/'");
    }
  }
}
