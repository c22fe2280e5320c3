package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/** The create-scan form takes an end date, in a real browser: the scan is of the newest commit of that day. */
class ScanUntilUiTest {
  @TempDir Path temp;

  @Test
  void aDateRangeFromTheFormEndsAtTheUntilDay() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
        ServerHarness server = ServerHarness.start(temp.resolve("data"));
        Browser browser = new Browser(server.baseUrl(), temp.resolve("profile"))) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(repo.write("README.md", "demo\n").commit("start"));
      commits.add(repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(41) + "\n").commit("deploy bot"));
      for (int i = 0; i < 30; i++) commits.add(repo.write("notes.txt", "note " + i + "\n").commit("note " + i));
      commits.add(repo.write("deploy/bot.env", "GH_TOKEN=${TOKEN}\n").commit("token from the environment"));
      LocalDate start = day(commits.get(0));
      LocalDate leakDay = day(commits.get(1));
      RevCommit lastOfDay = commits.stream().filter(c -> !day(c).isAfter(leakDay)).reduce((a, b) -> b).orElseThrow();
      String admin = server.adminToken();
      long repository = server.connect(admin, "incident", repo.dir());
      browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);

      browser.open("/repositories/" + repository + "/scans/new");
      browser.find("input[name=window][value=since]").click();
      setDate(browser, "since", leakDay.toString());
      setDate(browser, "until", start.minusDays(1).toString());
      browser.find("#scan-form button[type=submit]").click();
      String error = browser.await("#form-error").getText();
      setDate(browser, "until", leakDay.toString());
      browser.find("#scan-form button[type=submit]").click();
      browser.waitUntil(d -> browser.path().matches("/scans/\\d+"));
      long scanId = Long.parseLong(browser.path().substring("/scans/".length()));
      JsonNode scan = server.awaitScan(admin, scanId, Duration.ofSeconds(60));
      JsonNode findings = server.call("GET", "/api/v1/findings?repositoryId=" + repository, admin, null).json();

      assertThat(error).isEqualTo("window.until must not be before window.since");
      assertThat(scan.get("window").get("until").asText())
          .isEqualTo(leakDay.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(86_399).toString());
      assertThat(scan.get("headSha").asText()).isEqualTo(lastOfDay.name()).isNotEqualTo(commits.get(commits.size() - 1).name());
      assertThat(findings.get("items")).hasSize(1);
      assertThat(findings.get("items").get(0).get("fixedIn").isNull()).as("the fix came after the range").isTrue();
    }
  }

  private static LocalDate day(RevCommit commit) {
    return Instant.ofEpochSecond(commit.getCommitTime()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void setDate(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
  }
}
