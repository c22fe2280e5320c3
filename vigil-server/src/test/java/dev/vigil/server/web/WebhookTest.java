package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** GitHub push webhooks: signed pushes queue an incremental scan; anything else is refused and logged. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static GitFixtures repo;
  static long repository;

  @BeforeAll
  static void start() throws Exception {
    repo = GitFixtures.init(temp.resolve("repo"));
    repo.write("README.md", "demo\n").commit("start");
    repo.write("deploy/bot.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(1) + "\n").commit("deploy bot");
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    repository = server.connect(admin, "demo", repo.dir());
    assertThat(server.awaitScan(admin, server.scanMain(admin, repository, 10), Duration.ofSeconds(60))
        .get("state").asText()).isEqualTo("done");
  }

  @AfterAll
  static void stop() {
    server.close();
    repo.close();
  }

  private static String push(String branch) {
    return "{\"ref\": \"refs/heads/" + branch + "\", \"after\": \"0000\", \"repository\": "
        + "{\"full_name\": \"acme/demo\", \"clone_url\": \"" + repo.dir().toAbsolutePath() + "\"}}";
  }

  private static String sign(String body) {
    return "sha256=" + ServerHarness.sign(body);
  }

  private static ServerHarness.Response deliver(String event, String body, String signature) {
    Map<String, String> headers = new java.util.HashMap<>(Map.of("Content-Type", "application/json",
        "X-GitHub-Event", event, "X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"));
    if (signature != null) headers.put("X-Hub-Signature-256", signature);
    return server.request("POST", "/api/v1/webhooks/github", body, headers);
  }

  private static List<JsonNode> audit(String action) {
    List<JsonNode> entries = new ArrayList<>();
    server.call("GET", "/api/v1/audit?limit=500", admin, null).json().get("items").forEach(entry -> {
      if (entry.get("action").asText().equals(action)) entries.add(entry);
    });
    return entries;
  }

  @Test
  @Order(1)
  void unsignedPushIsRefusedWith401AndLogged() {
    ServerHarness.Response response = deliver("push", push("main"), null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().get("error").asText()).isEqualTo("unauthorized");
    assertThat(response.json().get("message").asText()).isEqualTo("missing or invalid X-Hub-Signature-256");
    assertThat(audit("webhook.rejected")).extracting(e -> e.get("detail").asText()).contains("unsigned");
  }

  @Test
  @Order(2)
  void badlySignedPushIsRefusedWith401AndLogged() throws Exception {
    String body = push("main");

    ServerHarness.Response wrongKey = deliver("push", body, "sha256=" + "0".repeat(64));
    ServerHarness.Response otherBody = deliver("push", body, sign(body.replace("main", "mainx")));
    ServerHarness.Response sha1Style = deliver("push", body, sign(body).replace("sha256=", "sha1="));

    assertThat(List.of(wrongKey.status(), otherBody.status(), sha1Style.status())).containsOnly(401);
    assertThat(audit("webhook.rejected")).extracting(e -> e.get("detail").asText())
        .filteredOn("bad signature"::equals).hasSizeGreaterThanOrEqualTo(3);
    assertThat(server.call("GET", "/api/v1/scans?repositoryId=" + repository, admin, null).json()
        .get("items")).hasSize(1);
  }

  @Test
  @Order(3)
  void signedPingIsAnswered() throws Exception {
    String body = "{\"zen\": \"Keep it logically awesome.\", \"hook_id\": 1}";

    ServerHarness.Response response = deliver("ping", body, sign(body));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("ok").asBoolean()).isTrue();
  }

  @Test
  @Order(4)
  void signedPushToAnUnchangedBranchQueuesNothing() throws Exception {
    String body = push("main");

    ServerHarness.Response response = deliver("push", body, sign(body));

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().get("queuedScans")).isEmpty();
  }

  @Test
  @Order(5)
  void signedPushToAScannedBranchQueuesAnIncrementalScanOfTheNewCommit() throws Exception {
    repo.write("deploy/second.env", "GH_TOKEN=" + GitFixtures.fakeGithubToken(2) + "\n").commit("second bot");
    String body = push("main");

    ServerHarness.Response response = deliver("push", body, sign(body));

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().get("queuedScans")).hasSize(1);
    long scanId = response.json().get("queuedScans").get(0).asLong();
    JsonNode scan = server.awaitScan(admin, scanId, Duration.ofSeconds(60));
    assertThat(scan.get("kind").asText()).isEqualTo("incremental");
    assertThat(scan.get("state").asText()).isEqualTo("done");
    assertThat(scan.get("branch").asText()).isEqualTo("main");
    JsonNode findings = server.call("GET", "/api/v1/findings?repositoryId=" + repository + "&sort=path",
        admin, null).json();
    assertThat(findings.get("items").findValuesAsText("path")).containsExactly("deploy/bot.env", "deploy/second.env");
    assertThat(audit("webhook.push")).extracting(e -> e.get("detail").asText())
        .contains("queued scans [" + scanId + "]");
  }

  @Test
  @Order(6)
  void signedPushToABranchNeverScannedQueuesNothing() throws Exception {
    String body = push("feature/other");

    ServerHarness.Response response = deliver("push", body, sign(body));

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().get("queuedScans")).isEmpty();
  }

  @Test
  @Order(7)
  void signedEventsOtherThanPushAreAcknowledgedAndIgnored() throws Exception {
    String body = "{\"action\": \"opened\"}";

    ServerHarness.Response response = deliver("issues", body, sign(body));

    assertThat(response.status()).isEqualTo(202);
    assertThat(response.json().get("ignored").asText()).isEqualTo("event issues");
  }

  @Test
  @Order(8)
  void signedButMalformedPushIs400() throws Exception {
    String body = "{\"ref\": ";

    ServerHarness.Response response = deliver("push", body, sign(body));

    ErrorResponseTest.assertError(response, 400, null);
    assertThat(response.json().get("message").asText()).isEqualTo("malformed JSON payload");
  }
}
