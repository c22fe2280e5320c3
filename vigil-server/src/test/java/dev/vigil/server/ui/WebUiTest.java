package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.LongHistory;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import dev.vigil.server.store.FindingStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole loop in a real headless chromium against a real server: sign in, connect a Git
 * repository with planted secrets, scan it, triage from the recommended list, and the limits:
 * roles, CSRF, escaping. One server and one browser for the class; the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest {
  private static final String CREDENTIAL = "s3cret-credential-never-shown";
  private static final String HOSTILE_FILE = "conf/<img src=x onerror=window.__xss=1>.env";
  private static final String SCRIPT_PATH = "src/<script>window.__xss=1</script>.java";
  @TempDir static Path temp;
  static ServerHarness server;
  static Browser browser;
  static long repositoryId;
  static long rejectedId;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      repo.write("README.md", "shop\n").write("assets/logo.bin", "\0\1\2binary\0").commit("start");
      repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(1) + "\n").commit("deploy bot");
      repo.write("config/ci.env", "GITHUB_TOKEN=" + GitFixtures.fakeGithubToken(2) + "\n").commit("ci token");
      repo.write(HOSTILE_FILE, "TOKEN=" + GitFixtures.fakeGithubToken(3) + "\n").commit("hostile <b>name</b>");
      repo.write("README.md", "shop 2\n").commit("docs");
    }
    LongHistory.write(temp.resolve("history"), 300);
    try (GitFixtures hidden = GitFixtures.init(temp.resolve("hidden"))) {
      hidden.write("README.md", "hidden\n").commit("start");
    }
    server = ServerHarness.start(temp.resolve("data"));
    browser = new Browser(server.baseUrl(), temp.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.close();
  }

  @Test
  @Order(10)
  void signInWithWrongPasswordIsRefusedThenSucceedsWithSafeCookies() {
    browser.open("/repositories");
    assertThat(browser.path()).startsWith("/sign-in?next=");
    browser.screenshot("sign-in", Browser.WIDE, Browser.NARROW);

    browser.type("username", "admin");
    browser.type("password", "not-the-password");
    browser.find("form[action='/sign-in'] button").click();
    assertThat(browser.await("#signin-error").getText()).isEqualTo("Wrong user name or password.");

    browser.type("password", ServerHarness.ADMIN_PASSWORD + Keys.ENTER);
    browser.waitUntil(d -> browser.path().equals("/repositories"));
    var cookie = browser.driver().manage().getCookieNamed("vigil_session");
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Lax");
    assertThat(browser.text()).contains("No repositories yet");
    browser.screenshot("repositories-empty", Browser.WIDE);
  }

  @Test
  @Order(20)
  void connectingShowsErrorsInPlaceAndNeverShowsTheCredentialBack() {
    browser.open("/repositories/new");
    browser.screenshot("repository-new", Browser.WIDE, Browser.NARROW);
    browser.type("name", "shop");
    browser.type("url", "relative/shop");
    browser.type("credential", CREDENTIAL);
    browser.find("form[action='/repositories'] button").click();
    assertThat(browser.await("#form-error").getText()).isEqualTo("a local path must be absolute: relative/shop");
    assertThat(browser.find("#name").getAttribute("value")).isEqualTo("shop");
    assertThat(browser.find("#credential").getAttribute("value")).isEmpty();

    browser.type("url", temp.resolve("shop").toString());
    browser.type("credential", CREDENTIAL);
    // Scans honour the scope: it covers every planted file (README.md stays out).
    browser.type("pathScope", "deploy, config, conf, assets");
    browser.find("form[action='/repositories'] button").click();
    browser.waitUntil(d -> browser.path().matches("/repositories/\\d+\\?connected"));
    repositoryId = Long.parseLong(browser.path().replaceAll("\\D+", " ").trim().split(" ")[0]);
    assertThat(browser.text()).contains("Repository connected.", "stored encrypted, hidden");
    assertThat(browser.driver().getPageSource()).doesNotContain(CREDENTIAL);
    browser.open("/repositories");
    assertThat(browser.driver().getPageSource()).doesNotContain(CREDENTIAL);
    browser.screenshot("repositories", Browser.WIDE, Browser.NARROW);
  }

  @Test
  @Order(30)
  void scanIsCreatedWithAnEstimateAndItsProgressUpdatesUntilDone() {
    browser.open("/repositories/" + repositoryId);
    browser.find("a[href='/repositories/" + repositoryId + "/scans/new']").click();
    assertThat(browser.find("#estimate").getText())
        .contains("5 of the branch's 5 first-parent commits are in this window");
    browser.type("commits", "3");
    browser.waitUntil(d -> browser.find("#estimate").getText().contains("3 of the branch's 5"));
    browser.screenshot("scan-new", Browser.WIDE, Browser.NARROW);
    browser.type("commits", "50");
    browser.find("#scan-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().matches("/scans/\\d+"));

    WebElement done = browser.await("main .progress[data-state='done']");
    assertThat(done.getText()).contains("5 / 5 commits");
    assertThat(browser.find("#skipped").getText()).contains("assets/logo.bin", "binary content");
    browser.screenshot("scan", Browser.WIDE);
    browser.open("/scans");
    assertThat(browser.find("#scans").getText()).contains("shop", "5 / 5 commits");
    assertThat(browser.has("#scans .progress[data-state='done']")).isTrue();
    browser.screenshot("scans", Browser.WIDE, Browser.NARROW);
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li[data-state='ok']").getText()).contains("Backfill complete");
    assertThat(browser.driver().findElements(By.cssSelector("figure.chart svg"))).hasSize(2);
    browser.screenshot("repository-overview", Browser.WIDE, Browser.NARROW);
  }

  @Test
  @Order(35)
  void progressOfALongBackfillUpdatesInPlaceAndItsChartsShowIntroducedAndFixed() {
    long history = server.connect(server.adminToken(), "history", temp.resolve("history"));
    browser.open("/repositories/" + history + "/scans/new");
    assertThat(browser.find("#estimate").getText()).contains("of the branch's 300 first-parent commits");
    browser.type("commits", "300");
    browser.find("#scan-form button[type=submit]").click();
    browser.waitUntil(d -> browser.path().matches("/scans/\\d+"));
    ((JavascriptExecutor) browser.driver()).executeScript("window.__samePage = true");

    browser.await("main .progress[data-state='done']");
    assertThat(browser.find("main .progress").getText()).contains("300 / 300 commits");
    assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__samePage"))
        .as("the page updated in place, without a reload").isEqualTo(true);
    browser.open("/repositories/" + history);
    assertThat(browser.find("#flow-chart-desc").getAttribute("textContent"))
        .matches("\\d+ findings introduced and [1-9]\\d* fixed since .*");
    browser.screenshot("repository-overview-history", Browser.WIDE, Browser.NARROW);
  }

  @Test
  @Order(40)
  void findingDetailShowsEverySectionAndRejectingTakesItOffTheRecommendedList() throws InterruptedException {
    ValidatedShop.awaitValidated(server, server.adminToken(), repositoryId, Duration.ofSeconds(90));
    browser.open("/repositories/" + repositoryId + "/recommended");
    List<WebElement> items = browser.driver().findElements(By.cssSelector("#recommended > li"));
    assertThat(items).hasSize(3);
    assertThat(items.get(0).findElement(By.cssSelector(".reason")).getText())
        .startsWith("Why: critical severity");
    browser.screenshot("recommended", Browser.WIDE, Browser.NARROW);
    rejectedId = Long.parseLong(items.get(0).getAttribute("data-finding"));

    items.get(0).findElement(By.cssSelector("a")).click();
    browser.waitUntil(d -> browser.path().equals("/findings/" + rejectedId));
    for (String section : List.of("#description", "#commit", "#impact", "#code", "#evidence",
        "#validation", "#history", "#actions")) {
      assertThat(browser.has(section)).as(section).isTrue();
    }
    assertThat(browser.find("#commit").getText()).contains("Lin Dev", "2024-05-01");
    assertThat(browser.find("#code").getText()).doesNotContain(GitFixtures.fakeGithubToken(1));
    assertThat(browser.find("#validation .badge").getText()).as("a token whose checksum verifies")
        .isEqualToIgnoringCase("reproduced");
    assertThat(browser.find("#validation").getText()).doesNotContain(GitFixtures.fakeGithubToken(1));
    assertThat(browser.has(".code li.hit")).isTrue();
    browser.screenshot("finding", Browser.WIDE, Browser.NARROW);

    browser.type("reject-reason", "test fixture, not a real token");
    browser.find("#reject-form button").click();
    browser.waitUntil(d -> browser.path().equals("/findings/" + rejectedId + "?done=reject"));
    assertThat(browser.find(".notice").getText()).startsWith("Rejected as a false positive");
    assertThat(browser.find("#history").getText()).contains("reject by admin", "Reason: test fixture, not a real token");

    browser.open("/repositories/" + repositoryId + "/recommended");
    assertThat(browser.driver().findElements(By.cssSelector("#recommended > li")))
        .extracting(li -> li.getAttribute("data-finding"))
        .hasSize(2).doesNotContain(String.valueOf(rejectedId));
  }

  @Test
  @Order(45)
  void editingTheThreatModelShowsErrorsInPlaceKeepsVersionsAndReranksAtOnce() {
    browser.open("/repositories/" + repositoryId + "/threat-model");
    assertThat(browser.find("#editor-title").getText()).isEqualTo("Version 1");
    assertThat(browser.find("#versions").getText()).contains("inferred by Vigil");
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness").getText()).contains("Only Vigil's inferred draft so far");

    browser.open("/repositories/" + repositoryId + "/threat-model");
    browser.type("yaml", "repository-type: [unclosed\n");
    browser.find("#editor form button").click();
    assertThat(browser.await("#model-error").getText()).startsWith("Line 1: ");
    assertThat(browser.find("#yaml").getAttribute("value")).isEqualTo("repository-type: [unclosed\n");

    browser.type("yaml", "repository-type: library\nout-of-scope:\n  - path: \"deploy/**\"\n"
        + "    reason: deployment samples, never shipped\n");
    browser.find("#editor form button").click();
    browser.waitUntil(d -> browser.path().endsWith("/threat-model?saved"));
    assertThat(browser.find("#editor-title").getText()).isEqualTo("Version 2");
    assertThat(browser.find("#versions").getText()).contains("by admin", "deploy/**");
    browser.screenshot("threat-model", Browser.WIDE, Browser.NARROW);

    browser.open("/repositories/" + repositoryId + "/recommended");
    assertThat(browser.find("#recommended").getText()).contains("config/ci.env").doesNotContain("deploy/bot.env");
    browser.open("/repositories/" + repositoryId);
    assertThat(browser.find("#readiness li[data-state='ok']:nth-child(3)").getText())
        .contains("Threat model reviewed by a person", "Version 2 by admin");
  }

  @Test
  @Order(50)
  void findingsTableSortsFiltersAndKeepsItsStateInTheAddress() {
    browser.open("/findings?repositoryId=" + repositoryId);
    assertThat(browser.driver().findElements(By.cssSelector("#findings tbody tr"))).hasSize(3);
    browser.find("th a[data-sort='path']").click();
    browser.waitUntil(d -> browser.path().contains("sort=path"));
    assertThat(paths()).isSorted();
    browser.find("th a[data-sort='path']").click();
    browser.waitUntil(d -> browser.path().contains("sort=-path"));
    assertThat(paths()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    new Select(browser.find("#f-status")).selectByValue("rejected");
    browser.find("#filters button[type=submit]").click();
    browser.waitUntil(d -> browser.path().contains("status=rejected"));
    assertThat(browser.path()).contains("sort=-path", "repositoryId=" + repositoryId);
    assertThat(browser.driver().findElements(By.cssSelector("#findings tbody tr"))).hasSize(1);
    browser.screenshot("findings-filtered", Browser.WIDE);

    browser.open("/findings?repositoryId=" + repositoryId + "&cwe=abc");
    assertThat(browser.find("#filter-error").getText()).isEqualTo("CWE must be a number such as 79 or CWE-79, not 'abc'");
    browser.open("/findings?repositoryId=" + repositoryId + "&sort=-severity");
    browser.screenshot("findings", Browser.WIDE, Browser.NARROW);
  }

  @Test
  @Order(60)
  void scriptInAPathOrMessageRendersAsText() {
    new FindingStore(server.server().database().jdbi()).recordBackfill(repositoryId, 0, List.of(
        new FindingFixtures.Seed("java.xss-probe", 79, Severity.LOW, Confidence.LOW, SCRIPT_PATH, 3,
            FindingFixtures.sha("ab"), Instant.parse("2024-05-02T00:00:00Z"), null).tracked()));
    browser.open("/findings?repositoryId=" + repositoryId + "&rule=java.xss-probe");
    assertThat(browser.find("#findings").getText()).contains(SCRIPT_PATH + ":3");
    browser.find("#findings tbody a").click();
    browser.waitUntil(d -> browser.path().startsWith("/findings/"));
    assertThat(browser.find("#finding-path").getText()).isEqualTo(SCRIPT_PATH + ":3");
    assertThat(browser.find(".finding-message").getText()).isEqualTo("java.xss-probe in " + SCRIPT_PATH);
    assertThat(browser.driver().findElements(By.tagName("script"))).hasSize(1);
    assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(xssRan()).isNull();

    browser.open("/findings?repositoryId=" + repositoryId + "&path=conf/");
    assertThat(browser.find("#findings").getText()).contains(HOSTILE_FILE + ":1");
    assertThat(browser.driver().findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(xssRan()).isNull();
  }

  @Test
  @Order(70)
  void postsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
    browser.open("/findings/" + rejectedId);
    String session = browser.sessionCookie();
    String csrf = browser.find("input[name=_csrf]").getAttribute("value");
    String path = "/findings/" + rejectedId + "/triage";

    assertThat(post(path, session, Map.of("action", "reopen")).statusCode()).isEqualTo(403);
    assertThat(post(path, session, Map.of("action", "reopen", "_csrf", "forged")).statusCode()).isEqualTo(403);
    HttpResponse<String> blankReason = post(path, session, Map.of("action", "reject", "reason", " ", "_csrf", csrf));
    assertThat(blankReason.statusCode()).isEqualTo(400);
    assertThat(blankReason.body()).contains("a reason is required to reject");
    assertThat(post(path, session, Map.of("action", "reopen", "_csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(post("/sign-in", null, Map.of("username", "admin", "password", ServerHarness.ADMIN_PASSWORD))
        .statusCode()).isEqualTo(403);
    assertThat(post(path, null, Map.of("action", "reopen")).headers().firstValue("Location"))
        .hasValue("/sign-in");
  }

  @Test
  @Order(75)
  void signingInRotatesTheSessionAndCookiesAreSecureBehindHttps() throws Exception {
    String before = browser.sessionCookie();
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sign-in"))
        .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
    String signInCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(signInCookie).contains("HttpOnly", "SameSite=Lax", "Secure");
    String token = signInCookie.substring(signInCookie.indexOf('=') + 1, signInCookie.indexOf(';'));

    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sign-in"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "vigil_session=" + before + "; vigil_signin=" + token)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
            + URLEncoder.encode(ServerHarness.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(signedIn.statusCode()).isEqualTo(303);
    String session = signedIn.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("vigil_session=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly", "SameSite=Lax").doesNotContain("vigil_session=" + before + ";");
    assertThat(get("/repositories", before).statusCode()).as("the old session id is dead").isEqualTo(303);
    String fresh = session.substring("vigil_session=".length(), session.indexOf(';'));
    assertThat(get("/repositories", fresh).statusCode()).isEqualTo(200);
    browser.signIn("admin", ServerHarness.ADMIN_PASSWORD);
  }

  @Test
  @Order(80)
  void apiTokenIsShownOnceAndAdminsReadTheAuditLog() throws Exception {
    browser.open("/account");
    browser.find("form[action='/account/tokens'] button").click();
    String token = browser.await("#new-token").getText();
    assertThat(token).startsWith("vgl_");
    browser.screenshot("account", Browser.WIDE, Browser.NARROW);
    assertThat(server.call("GET", "/api/v1/me", token, null).status()).isEqualTo(200);
    browser.open("/account");
    assertThat(browser.has("#new-token")).isFalse();
    assertThat(browser.driver().getPageSource()).doesNotContain(token);
    browser.find("button[aria-label='Revoke token " + token.substring(0, 8) + "']").click();
    browser.waitUntil(d -> browser.path().equals("/account?revoked"));
    assertThat(server.call("GET", "/api/v1/me", token, null).status()).isEqualTo(401);

    browser.open("/repositories/new");
    browser.type("name", "remote");
    browser.type("url", "https://lin:hunter2-password@git.example.org/shop.git");
    browser.find("form[action='/repositories'] button").click();
    browser.waitUntil(d -> browser.path().endsWith("?connected"));
    // The password in the URL became the sealed credential: the stored URL carries none.
    assertThat(browser.find("main .path").getText()).isEqualTo("https://git.example.org/shop.git");
    browser.open("/repositories");
    assertThat(browser.driver().getPageSource()).doesNotContain("hunter2");

    browser.open("/audit");
    assertThat(browser.driver().getPageSource()).doesNotContain("hunter2");
    assertThat(browser.find("#audit").getText()).contains("finding.reject", "repository.connected", "sign-in");
    browser.screenshot("audit", Browser.WIDE);
  }

  @Test
  @Order(90)
  void viewerSeesNoActionsIsRefusedOnPostAndCannotSeeUngrantedRepositories() throws Exception {
    String admin = server.adminToken();
    server.createUser(admin, "vera", "viewer");
    server.grant(admin, repositoryId, "vera");
    long hidden = server.connect(admin, "ungranted", temp.resolve("hidden"));

    browser.signIn("vera", ServerHarness.USER_PASSWORD);
    browser.open("/findings/" + rejectedId);
    assertThat(browser.has("#actions form")).isFalse();
    assertThat(browser.find("#read-only").getText()).contains("can read findings but not triage them");
    browser.screenshot("finding-viewer", Browser.WIDE);
    String csrf = browser.find("input[name=_csrf]").getAttribute("value");
    HttpResponse<String> refused = post("/findings/" + rejectedId + "/triage", browser.sessionCookie(),
        Map.of("action", "accept", "_csrf", csrf));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("role viewer may not triage findings");

    browser.open("/repositories/" + repositoryId + "/threat-model");
    assertThat(browser.has("#yaml")).isFalse();
    assertThat(browser.find(".yaml-view").getText()).contains("deploy/**");
    assertThat(post("/repositories/" + repositoryId + "/threat-model", browser.sessionCookie(),
        Map.of("yaml", "repository-type: library\n", "_csrf", csrf)).statusCode()).isEqualTo(403);

    browser.open("/repositories/" + hidden);
    assertThat(browser.find("main h1").getText()).isEqualTo("Not found");
    browser.open("/no/such/page");
    assertThat(browser.find("main h1").getText()).isEqualTo("Not found");
    assertThat(browser.text()).contains("There is no page at /no/such/page.");
    assertThat(browser.has("nav .nav")).isTrue();
    HttpResponse<String> unknownEndpoint = get("/api/v1/no-such-endpoint", browser.sessionCookie());
    assertThat(unknownEndpoint.statusCode()).isEqualTo(404);
    assertThat(unknownEndpoint.body()).contains("\"error\":\"not_found\"");
    browser.open("/repositories");
    assertThat(browser.text()).contains("shop").doesNotContain("ungranted");
    browser.open("/audit");
    assertThat(browser.find("main h1").getText()).isEqualTo("Not allowed");
    browser.screenshot("error-forbidden", Browser.NARROW);
  }

  @Test
  @Order(100)
  void signingOutEndsTheSession() throws Exception {
    String session = browser.sessionCookie();
    browser.find(".usermenu summary").sendKeys(Keys.ENTER);
    browser.find("form[action='/sign-out'] button").sendKeys(Keys.ENTER);
    browser.waitUntil(d -> browser.path().equals("/sign-in?signed-out"));
    assertThat(browser.text()).contains("You are signed out.");
    HttpResponse<String> stale = get("/repositories", session);
    assertThat(stale.statusCode()).isEqualTo(303);
    assertThat(stale.headers().firstValue("Location")).hasValue("/sign-in?next=%2Frepositories");
  }

  private List<String> paths() {
    return browser.driver().findElements(By.cssSelector("#findings tbody td.path")).stream()
        .map(WebElement::getText).toList();
  }

  private Object xssRan() {
    return ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss");
  }

  private HttpResponse<String> post(String path, String session, Map<String, String> form) throws Exception {
    String body = new LinkedHashMap<>(form).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) request.header("Cookie", "vigil_session=" + session);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String session) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Cookie", "vigil_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
