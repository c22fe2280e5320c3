package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.github.GitHubStub;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Connecting repositories of a GitHub organisation from the connect page, in a real browser against a local GitHub. */
class GitHubConnectUiTest {
  @TempDir Path temp;

  @Test
  void listsTheOrganisationAcrossPagesAndConnectsTheChosenRepositories() throws Exception {
    try (GitHubStub github = GitHubStub.start("ghp_test").organisation("acme", 105);
        ServerHarness server = ServerHarness.start(temp.resolve("data"));
        Browser browser = new Browser(server.baseUrl(), temp.resolve("profile"))) {
      browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
      browser.open("/repositories/new");
      browser.type("organisation", "acme");
      browser.type("githubToken", "ghp_wrong");
      browser.type("apiBase", github.apiBase());
      browser.find("#list-github").click();
      String refused = browser.await("#github-list-error").getText();
      browser.type("githubToken", "ghp_test");
      browser.find("#list-github").click();
      String legend = browser.await("#github-choices legend").getText();
      int choices = browser.driver().findElements(By.cssSelector("#github-choices input[type=checkbox]")).size();
      browser.find("input[name=repositories][value='service-02']").click();
      browser.find("input[name=repositories][value='service-104']").click();
      browser.type("environment", "staging");
      browser.type("githubPathScope", "src/");
      browser.find("#uploadSarif").click();
      browser.screenshot("github-connect", Browser.WIDE, Browser.NARROW);
      browser.find("#connect-github").click();
      browser.waitUntil(d -> browser.path().equals("/repositories?connected=2"));
      String notice = browser.find("[role=status]").getText();
      String table = browser.text();

      assertThat(refused).contains("HTTP 401: Bad credentials");
      assertThat(legend).isEqualTo("105 repositories of acme");
      assertThat(choices).isEqualTo(105);
      assertThat(github.requests("GET", ".*/repos").stream().filter(r -> "ghp_test".equals(bearer(r))))
          .as("two pages to list, two again to connect: what is connected comes from GitHub, not the form").hasSize(4);
      assertThat(notice).isEqualTo("2 repositories connected from GitHub. Create a scan of each to walk its history.");
      assertThat(table).contains("service-02", "service-104").doesNotContain("service-03");
      String admin = server.adminToken();
      JsonNode connected = server.call("GET", "/api/v1/repositories", admin, null).json().get("items");
      assertThat(connected).hasSize(2);
      for (JsonNode repository : connected) {
        String path = "/api/v1/repositories/" + repository.get("id").asLong();
        assertThat(repository.get("pathScope").asText()).isEqualTo("src/");
        assertThat(server.call("GET", path + "/environments", admin, null).json().get("items").get(0).get("name")
            .asText()).isEqualTo("staging");
        assertThat(server.call("GET", path + "/github", admin, null).json().get("uploadSarif").asBoolean()).isTrue();
      }
    }
  }

  private static String bearer(GitHubStub.Request request) {
    String header = request.headers().getFirst("Authorization");
    return header == null ? null : header.substring("Bearer ".length());
  }
}
