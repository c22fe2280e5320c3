package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The polyglot fixture repository ({@code testdata/polyglot}: a Flask service, an Express service
 * with a TypeScript router and a Java module in one history) scanned by the server: findings of
 * the three languages with their data flow across files, introduced and fixed commits,
 * threat-model ranking, shown in a real browser.
 */
class PolyglotUiTest {
  private static final String VIEWS = "services/billing/app.py";
  private static final String DB = "services/billing/db.py";
  private static final String SERVER = "services/web/server.js";
  private static final String ROUTES = "services/web/routes/search.ts";
  private static final String DAO = "inventory/src/main/java/com/acme/inventory/StockRepository.java";

  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static long repositoryId;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    token = server.adminToken();
    try (GitFixtures repo = GitFixtures.init(temp.resolve("polyglot"))) {
      repo.replay("polyglot");
      repositoryId = server.connect(token, "polyglot", repo.dir());
    }
    long scanId = server.scanMain(token, repositoryId, 10);
    JsonNode scan = server.awaitScan(token, scanId, Duration.ofSeconds(120));
    if (!scan.get("state").asText().equals("done")) throw new AssertionError("scan: " + scan);
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
    browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  private static JsonNode finding(String rule, String path) {
    JsonNode items = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId + "&rule=" + rule
        + "&path=" + path, token, null).json().get("items");
    assertThat(items).as(rule + " in " + path).hasSize(1);
    return server.call("GET", "/api/v1/findings/" + items.get(0).get("id").asLong(), token, null).json();
  }

  @Test
  void findingsOfTheThreeLanguagesCarryTheirFlowsCommitsAndRanking() {
    JsonNode sql = finding("python.sql-injection", DB);
    List<String> steps = new ArrayList<>();
    sql.get("evidence").forEach(step -> steps.add(step.get("location").get("path").asText()));
    assertThat(steps).startsWith(VIEWS).endsWith(DB);
    assertThat(sql.get("introducedIn").get("message").asText()).startsWith("Billing, web and inventory");
    assertThat(sql.get("fixedIn").isNull()).isTrue();

    JsonNode command = finding("js.command-injection", SERVER);
    assertThat(command.get("fixedIn").get("message").asText()).startsWith("Reports run make-report");
    assertThat(finding("js.open-redirect", ROUTES).get("evidence")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(finding("java.sql-injection", DAO).get("evidence")).isNotEmpty();

    String model = server.call("GET", "/api/v1/repositories/" + repositoryId + "/threat-model", token, null).body();
    assertThat(model).contains("GET /invoices/<invoice_id>", "POST /reports", "GET /go", "GET /stock");
  }

  @Test
  void findingPageShowsThePythonFlowAcrossFilesAndWhyItIsRanked() {
    long id = finding("python.sql-injection", DB).get("id").asLong();

    browser.open("/findings/" + id);

    List<WebElement> steps = browser.driver().findElements(By.cssSelector("#evidence ol.steps > li"));
    assertThat(steps).hasSizeGreaterThanOrEqualTo(3);
    assertThat(steps.get(0).getText()).contains(VIEWS, "request.args");
    assertThat(steps.get(steps.size() - 1).getText()).contains(DB, "conn.execute(query)");
    assertThat(browser.find("#rank-reason").getText())
        .contains("reachable from HTTP route GET /invoices/<invoice_id>");
    assertThat(browser.find("#code li.hit").getText()).contains("conn.execute(query)");
    browser.screenshot("finding-python-flow", Browser.WIDE, Browser.NARROW);
  }

  @Test
  void findingsTableListsPythonJavaScriptAndJavaFindings() {
    browser.open("/findings?repositoryId=" + repositoryId);

    String table = browser.find("#findings").getText();
    assertThat(table).contains("python.sql-injection", "js.open-redirect", "java.sql-injection");
  }
}
