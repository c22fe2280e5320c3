package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ReleasedShop;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The release review page in a real browser: from the overview, a ref, then the checklist. */
class ReleaseReviewPageTest {
  @TempDir Path temp;

  @Test
  void reviewingATagListsWhatTheReleaseStillCarries() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"));
        Browser browser = new Browser(server.baseUrl(), temp.resolve("profile"))) {
      ReleasedShop shop = ReleasedShop.create(server, temp.resolve("shop"));
      browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
      browser.open("/repositories/" + shop.repository());

      browser.driver().findElement(By.linkText("Release review")).click();
      browser.type("ref", "v9.9");
      browser.find("#release-form button[type=submit]").click();
      String error = browser.await("#ref-error").getText();
      browser.type("ref", "v1.0");
      browser.find("#release-form button[type=submit]").click();
      WebElement checklist = browser.await("#checklist");
      browser.screenshot("release-review", Browser.WIDE, Browser.NARROW);

      assertThat(error).isEqualTo("no commit 'v9.9' in repository shop");
      assertThat(checklist.getAttribute("data-decided")).isEqualTo("false");
      assertThat(checklist.findElement(By.tagName("h2")).getText()).isEqualTo("2 of 3 items to decide");
      List<WebElement> items = checklist.findElements(By.cssSelector("li"));
      assertThat(items).extracting(li -> li.getAttribute("data-state")).containsExactly("todo", "todo", "ok");
      assertThat(browser.find("li[data-finding='" + shop.other() + "'] .decision").getText()).isEqualTo("not in the release");
      assertThat(browser.find("li[data-finding='" + shop.bot() + "']").getText())
          .contains("deploy/bot.env", "In the release: yes", "owner: none", "patch: none");
    }
  }
}
