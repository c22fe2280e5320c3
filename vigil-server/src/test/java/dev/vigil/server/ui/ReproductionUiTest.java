package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A scan of a Maven servlet project with an environment validates its findings in the sandbox
 * after the scan: the SQL injection is reproduced by the marker harness and its finding page shows
 * the proof (the sink call with the marker), the safe look-alike is not reproduced.
 */
class ReproductionUiTest {
  /** The engine's fixture project (Maven runs each module's tests from the module's folder). */
  static final Path PROJECT = Path.of("../vigil-engine/src/test/resources/validation/servlet-shop");
  static final String SEARCH = "src/main/java/shop/UserSearchServlet.java";
  static final String FIND = "src/main/java/shop/UserFindServlet.java";
  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static String admin;
  static long repositoryId;

  @BeforeAll
  static void scanWithAnEnvironment() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    Path dir = temp.resolve("servlet-shop");
    try (GitFixtures repo = GitFixtures.init(dir); Stream<Path> files = Files.walk(PROJECT)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(PROJECT.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
      repo.commit("Add the user servlets");
    }
    repositoryId = server.connect(admin, "servlet-shop", dir);
    ServerHarness.Response environment = server.call("POST", "/api/v1/repositories/" + repositoryId + "/environments",
        admin, """
            {"name": "ci", "setupScript": "mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=/dev/null && rm -rf target",
             "buildCommand": "mvn -B -q -o -DskipTests package"}""");
    assertThat(environment.status()).as(environment.body()).isEqualTo(201);
    long scanId = server.scanMain(admin, repositoryId, 10);
    assertThat(server.awaitScan(admin, scanId, Duration.ofSeconds(90)).get("state").asText()).isEqualTo("done");
    ValidatedShop.awaitValidated(server, admin, repositoryId, Duration.ofMinutes(8));
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
    browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @Test
  void findingPageShowsTheReproductionWithTheSinkCallAsProof() {
    long sql = finding(SEARCH);

    browser.open("/findings/" + sql);

    assertThat(browser.find("#validation .badge").getText()).isEqualToIgnoringCase("reproduced");
    assertThat(browser.find("#validation-reason").getText())
        .startsWith("The marker reached the sql-injection sink org.h2.jdbc.JdbcStatement.executeQuery intact");
    List<WebElement> steps = browser.driver().findElements(By.cssSelector("#validation-steps > li"));
    assertThat(steps).extracting(li -> li.getAttribute("data-step")).containsExactly("present-at-head", "reachable",
        "build", "reproduce");
    assertThat(steps.subList(2, 4)).extracting(li -> li.getAttribute("data-status")).containsOnly("passed");
    WebElement reproduce = steps.get(3);
    assertThat(reproduce.findElement(By.cssSelector("pre.output")).getText())
        .contains("entry point: shop.UserSearchServlet.doGet(HttpServletRequest, HttpServletResponse)")
        .contains("VIGIL-SINK org.h2.jdbc.JdbcStatement.executeQuery hit 0 SELECT id FROM users WHERE name = 'vigil");
    assertThat(reproduce.findElement(By.cssSelector("details.command summary")).getText())
        .startsWith("Script with the harness source");
    browser.screenshot("finding-reproduced", Browser.WIDE, Browser.NARROW);
  }

  @Test
  void apiCarriesTheVerdictsOfTheInjectionAndOfItsSafeLookAlike() {
    JsonNode reproduced = server.call("GET", "/api/v1/findings/" + finding(SEARCH), admin, null).json();
    JsonNode safe = server.call("GET", "/api/v1/findings/" + finding(FIND), admin, null).json();

    assertThat(reproduced.at("/validation/verdict").asText()).isEqualTo("reproduced");
    assertThat(safe.at("/validation/verdict").asText()).isEqualTo("not-reproduced");
    assertThat(safe.at("/validation/reason").asText()).startsWith("marker not observed: the entry point returned normally");
  }

  @Test
  void everyFindingOfTheScanHasARecordWhoseBuildRanInTheSandbox() {
    JsonNode all = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId, admin, null).json();

    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(8);
    for (JsonNode item : all.get("items")) {
      JsonNode validation = server.call("GET", "/api/v1/findings/" + item.get("id").asLong(), admin, null).json()
          .get("validation");
      assertThat(validation.isObject()).as(item.get("ruleId").asText()).isTrue();
      assertThat(validation.at("/steps/2/name").asText()).isEqualTo("build");
      assertThat(validation.at("/steps/2/status").asText()).as(item.get("path").asText()).isEqualTo("passed");
    }
  }

  private static long finding(String path) {
    JsonNode items = server.call("GET", "/api/v1/findings?repositoryId=" + repositoryId
        + "&rule=java.sql-injection", admin, null).json().get("items");
    for (JsonNode item : items) {
      if (item.get("path").asText().equals(path)) return item.get("id").asLong();
    }
    throw new AssertionError("no SQL injection in " + path + ": " + items);
  }
}
