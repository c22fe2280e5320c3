package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The validation record and code excerpts on the finding page, the verdict filter, and "Propose fix"
 * (the diff and its validation, or why there is no safe fix), in a real browser.
 */
class ValidationUiTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static ValidatedShop shop;

  @BeforeAll
  static void start() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    shop = ValidatedShop.scan(server, server.adminToken(), temp.resolve("shop"));
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
    browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @Test
  void findingPageShowsTheStepsTheirOutputAndTheHighlightedSinkWithContext() {
    long sql = shop.finding(server, server.adminToken(), "java.sql-injection", ValidatedShop.DAO);

    browser.open("/findings/" + sql);

    assertThat(browser.find("#validation .badge").getText()).isEqualToIgnoringCase("likely");
    assertThat(browser.find("#validation-reason").getText()).startsWith("Reachable from HTTP route GET /orders/{id}");
    List<WebElement> steps = browser.driver().findElements(By.cssSelector("#validation-steps > li"));
    assertThat(steps).extracting(li -> li.getAttribute("data-step") + ":" + li.getAttribute("data-status"))
        .containsExactly("present-at-head:passed", "reachable:passed", "build:not-applicable",
            "reproduce:not-applicable");
    assertThat(steps.get(1).findElement(By.cssSelector("pre.output")).getText())
        .contains("com.acme.orders.OrderController#get/1 -> com.acme.orders.OrderRepository#byId/1");
    List<WebElement> sinkLines = browser.driver().findElements(By.cssSelector("#code .code li"));
    assertThat(sinkLines).hasSize(8);
    assertThat(browser.find("#code li.hit").getText()).contains("14", "queryForMap(");
    assertThat(browser.driver().findElements(By.cssSelector("#code .tok-kw"))).extracting(WebElement::getText)
        .contains("public", "this", "return");
    assertThat(browser.driver().findElements(By.cssSelector("#code .tok-str"))).extracting(WebElement::getText)
        .contains("\"SELECT * FROM orders WHERE id = \"");
    assertThat(browser.driver().findElements(By.cssSelector("#evidence .code li.hit"))).isNotEmpty();
    assertThat(browser.find("#code .excerpt-source").getText()).startsWith(ValidatedShop.DAO + " at ");
    browser.screenshot("finding-validated", Browser.WIDE, Browser.NARROW);
  }

  @Test
  void secretPageShowsNeighbouringSettingsButNotTheSecret() {
    long token = shop.finding(server, server.adminToken(), "secrets.github-token", ValidatedShop.CONFIG);

    browser.open("/findings/" + token);

    assertThat(browser.find("#code").getText()).contains("app.name=shop", "app.mode=prod")
        .doesNotContain(ValidatedShop.TOKEN);
    assertThat(browser.find("#validation .badge").getText()).isEqualToIgnoringCase("reproduced");
  }

  @Test
  void findingsTableFiltersOnTheVerdict() {
    browser.open("/findings?repositoryId=" + shop.repositoryId);
    int all = browser.driver().findElements(By.cssSelector("#findings tbody tr")).size();

    new Select(browser.find("#f-verdict")).selectByValue("not-present");
    browser.find("#filters button[type=submit]").click();
    browser.waitUntil(d -> browser.path().contains("verdict=not-present"));

    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#findings tbody tr"));
    assertThat(all).isGreaterThan(1);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).containsIgnoringCase("java.path-injection").containsIgnoringCase("not present");
    browser.find("th a[data-sort='verdict']").click();
    browser.waitUntil(d -> browser.path().contains("sort=verdict"));
    assertThat(browser.path()).contains("verdict=not-present");
  }

  @Test
  void validateNowQueuesAJobAndSaysSo() {
    long sql = shop.finding(server, server.adminToken(), "java.sql-injection", ValidatedShop.DAO);
    browser.open("/findings/" + sql);

    browser.find("#validate-form button").click();
    browser.waitUntil(d -> browser.path().equals("/findings/" + sql + "?done=validate"));

    assertThat(browser.find(".notice").getText()).startsWith("Validation queued");
  }

  @Test
  void proposeFixShowsTheDiffAndItsValidation() {
    long sql = shop.finding(server, server.adminToken(), "java.sql-injection", ValidatedShop.DAO);
    browser.open("/findings/" + sql);
    assertThat(browser.find("#patch").getText()).contains("No patch proposed yet.");

    browser.find("#patch-form button").click();
    browser.waitUntil(d -> browser.path().startsWith("/findings/" + sql + "?done=patch"));

    assertThat(browser.find(".notice").getText()).startsWith("Patch proposed and validated");
    assertThat(browser.find("#patch-diff").getText()).contains("+    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = ?\", id);");
    assertThat(browser.find("#patch-verdict").getText()).isEqualToIgnoringCase("validated");
    assertThat(browser.find("#patch-steps li[data-step='finding-gone']").getAttribute("data-status")).isEqualTo("passed");
  }

  @Test
  void proposeFixSaysWhyThereIsNoSafeFix() {
    long secret = shop.finding(server, server.adminToken(), "secrets.github-token", ValidatedShop.CONFIG);
    browser.open("/findings/" + secret);

    browser.find("#patch-form button").click();
    browser.await("#patch-refusal");

    assertThat(browser.find("#patch-refusal").getText()).startsWith("No safe automatic fix: no automatic fix for "
        + "secrets.github-token");
  }
}
