package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finding page's "Propose fix": the diff and its validation, or why there is no safe fix. */
class PatchUiTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static ValidatedShop shop;
  static Browser browser;

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
