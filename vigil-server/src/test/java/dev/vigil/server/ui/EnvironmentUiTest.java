package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * Environments in a real headless chromium: added through the form, listed with the secret
 * masked, counted by the readiness checklist, chosen for a scan, and read-only for viewers. One server and one
 * browser for the class; the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnvironmentUiTest {
  private static final String SECRET = "npm-token-value-never-shown-9d2e";
  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static long repositoryId;
  static String admin;

  @BeforeAll
  static void start() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      repo.write("README.md", "shop\n").commit("start");
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    repositoryId = server.connect(admin, "shop", temp.resolve("shop"));
    server.createUser(admin, "vera", "viewer");
    server.grant(admin, repositoryId, "vera");
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
    browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @Test
  @Order(10)
  void addingAnEnvironmentShowsItWithTheSecretMaskedAndTheChecklistSeesIt() {
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li:first-child").getText())
        .contains("Environment healthy", "Not configured");
    browser.find("a[href='/repositories/" + repositoryId + "/environments']").click();
    browser.waitUntil(d -> browser.path().endsWith("/environments"));
    assertThat(browser.text()).contains("No environment yet.");

    browser.type("name", "ci");
    browser.type("defaultBranch", "main");
    browser.type("setupScript", "npm ci");
    browser.type("buildCommand", "npm run build");
    browser.type("testCommand", "npm test");
    browser.type("secretName0", "NPM_TOKEN");
    browser.type("secretValue0", SECRET);
    browser.find("#environment-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().endsWith("/environments?added"));

    String row = browser.find("#environments tbody tr").getText();
    assertThat(row).contains("ci", "main", "npm ci", "npm run build", "npm test", "NPM_TOKEN = ••••••");
    assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);
    browser.screenshot("environments", Browser.WIDE, Browser.NARROW);
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li:first-child").getText())
        .contains("Configured, health check not run yet (ci)");
    assertThat(browser.find("#readiness li:first-child").getAttribute("data-state")).isEqualTo("pending");
  }

  @Test
  @Order(12)
  void aHealthCheckRunsFromThePageAndTheChecklistFollowsIt() {
    long environmentId = server.call("GET", "/api/v1/repositories/" + repositoryId + "/environments", admin, null)
        .json().get("items").get(0).get("id").asLong();
    server.call("PUT", "/api/v1/environments/" + environmentId, admin, "{\"name\": \"ci\", "
        + "\"defaultBranch\": \"main\", \"setupScript\": \"echo fetching; exit 4\", \"buildCommand\": \"cat README.md\"}");
    browser.open("/repositories/" + repositoryId + "/environments");
    String health = "#health-" + environmentId;
    assertThat(browser.find(health).getText()).contains("Health check not run yet.");

    browser.find(health + " button[type=submit]").click();
    browser.waitUntil(d -> "failed".equals(browser.find(health).getAttribute("data-state")));
    assertThat(browser.find(health + " [data-step=setup]").getAttribute("data-status")).isEqualTo("failed");
    assertThat(browser.find(health + " [data-step=setup] pre").getText()).isEqualTo("fetching");
    assertThat(browser.find(health + " [data-step=build]").getAttribute("data-status")).isEqualTo("skipped");
    assertThat(browser.find(health + " button[type=submit]").isEnabled()).isTrue();
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li:first-child").getAttribute("data-state")).isEqualTo("todo");
    assertThat(browser.find("#readiness li:first-child").getText())
        .contains("The last health check of ci failed: the setup step exited with 4.");

    server.call("PUT", "/api/v1/environments/" + environmentId, admin, "{\"name\": \"ci\", "
        + "\"defaultBranch\": \"main\", \"setupScript\": \"echo installing\", \"buildCommand\": \"cat README.md\"}");
    browser.open("/repositories/" + repositoryId + "/environments");
    browser.find(health + " button[type=submit]").click();
    browser.waitUntil(d -> "passed".equals(browser.find(health).getAttribute("data-state")));
    assertThat(browser.find(health + " [data-step=build] pre").getAttribute("textContent")).isEqualTo("shop\n");
    assertThat(browser.find(health + " [data-step=test]").getAttribute("data-status")).isEqualTo("skipped");
    browser.screenshot("environment-health", Browser.WIDE, Browser.NARROW);
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li:first-child").getAttribute("data-state")).isEqualTo("ok");
    assertThat(browser.find("#readiness li:first-child").getText()).contains("The health check of ci passed");
  }

  @Test
  @Order(15)
  void aScanIsCreatedInTheChosenEnvironment() {
    browser.open("/repositories/" + repositoryId + "/scans/new");
    new Select(browser.find("#environmentId")).selectByVisibleText("ci");
    browser.find("#scan-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().matches("/scans/\\d+"));

    long scanId = Long.parseLong(browser.path().substring("/scans/".length()));
    long environmentId = server.call("GET", "/api/v1/repositories/" + repositoryId + "/environments", admin, null)
        .json().get("items").get(0).get("id").asLong();
    assertThat(server.call("GET", "/api/v1/scans/" + scanId, admin, null).json().get("environmentId").asLong())
        .isEqualTo(environmentId);
  }

  @Test
  @Order(20)
  void aBadSecretNameIsShownInPlaceAndTheValueIsNotSentBack() {
    browser.open("/repositories/" + repositoryId + "/environments");
    browser.type("name", "nightly");
    browser.type("secretName0", "lower_case");
    browser.type("secretValue0", SECRET);
    browser.driver().executeScript("document.getElementById('secretName0').removeAttribute('pattern')");
    browser.find("#environment-form button[type=submit]").click();

    assertThat(browser.await("#form-error").getText()).contains("secret name 'lower_case' must match");
    assertThat(browser.find("#name").getAttribute("value")).isEqualTo("nightly");
    assertThat(browser.find("#secretValue0").getAttribute("value")).isEmpty();
    assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);
  }

  @Test
  @Order(30)
  void viewersSeeEnvironmentsButNoForm() {
    browser.signIn("vera", ServerHarness.USER_PASSWORD);
    browser.open("/repositories/" + repositoryId + "/environments");

    assertThat(browser.find("#environments").getText()).contains("ci", "NPM_TOKEN = ••••••");
    assertThat(browser.has("#environment-form")).isFalse();
  }
}
