package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewing a proposed patch on the finding page in a real browser, as a developer: a diff that
 * does not apply is refused in the page, an edit is validated again, the reviewer approves it and
 * publishes it as the fix branch; the audit log names who proposed, edited and approved it.
 */
class PatchReviewUiTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static ValidatedShop shop;

  @BeforeAll
  static void start() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    String admin = server.adminToken();
    shop = ValidatedShop.scan(server, admin, temp.resolve("shop"));
    server.createUser(admin, "dana", "developer");
    server.grant(admin, shop.repositoryId, "dana");
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
    browser.signIn("dana", ServerHarness.USER_PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  /** Opens the page's editor, replaces its diff with {@code diff} and saves it. */
  private static void saveDiff(String diff) {
    if (browser.find("#patch-edit").getAttribute("open") == null) browser.find("#patch-edit summary").click();
    browser.driver().executeScript("document.getElementById('patch-edit-diff').value = arguments[0];", diff);
    browser.find("#patch-edit-form button").click();
  }

  @Test
  void aReviewerEditsApprovesAndPublishesThePatchInThePage() throws Exception {
    String admin = server.adminToken();
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    JsonNode proposed = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null).json();
    String diff = proposed.get("diff").asText();
    browser.open("/findings/" + sql);
    assertThat(browser.find("#patch-review").getText()).startsWith("Not approved yet");
    assertThat(browser.find("#format-patch").getAttribute("href"))
        .endsWith("/api/v1/patches/" + proposed.get("id").asLong() + "/format-patch");

    saveDiff(diff.replace("String id)", "String key)"));
    browser.await("#patch-error");
    assertThat(browser.find("#patch-error").getText()).contains("does not match");
    String edited = diff.replace("WHERE id = ?\", id);", "WHERE id = ? \", id);");
    saveDiff(edited);
    browser.waitUntil(d -> browser.path().startsWith("/findings/" + sql + "?done=patch-edited"));

    assertThat(browser.find(".notice").getText()).startsWith("Patch edited and validated again");
    assertThat(browser.find("#patch-diff").getText()).contains("WHERE id = ? \", id);");
    assertThat(browser.find("#patch-verdict").getText()).isEqualToIgnoringCase("validated");
    assertThat(browser.has("#pull-request-form")).as("not approved yet").isFalse();
    browser.find("#patch-approve-form button").click();
    browser.waitUntil(d -> browser.path().startsWith("/findings/" + sql + "?done=patch-approved"));
    assertThat(browser.find("#patch-review").getText()).startsWith("Approved by dana");
    browser.find("#pull-request-form button").click();
    browser.waitUntil(d -> browser.path().startsWith("/findings/" + sql + "?done=pull-request"));

    assertThat(browser.find("#pull-request").getAttribute("data-state")).isEqualTo("pushed");
    assertThat(browser.find("#pull-request-branch").getText()).startsWith("vigil/fix-" + sql + "-sql-injection at ");
    assertThat(browser.has("#pull-request-link")).as("no GitHub link, no pull request").isFalse();
    assertThat(browser.has("#pull-request-form")).as("published").isFalse();
    browser.screenshot("finding-patch-published", Browser.WIDE, Browser.NARROW);
    List<String> trail = new ArrayList<>();
    for (JsonNode entry : server.call("GET", "/api/v1/audit?limit=30", admin, null).json().get("items")) {
      if (entry.get("target").asText().equals("finding " + sql)) {
        trail.add(entry.get("actor").asText() + " " + entry.get("action").asText());
      }
    }
    assertThat(trail).containsExactly("dana finding.fix.push", "dana finding.patch.approve", "dana finding.patch.edit",
        "admin finding.patch.propose");
  }
}
