package dev.vigil.server.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.VigilServer;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.Json;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation's digest schedule: set by admins, sent to a folder and to a local webhook. */
class DigestScheduleApiTest {
  @TempDir Path temp;
  private HttpServer webhook;
  private final LinkedBlockingQueue<String> posted = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<String> contentTypes = new LinkedBlockingQueue<>();

  @BeforeEach
  void startWebhook() throws Exception {
    webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/services/T000/B000/XXXX", exchange -> {
      contentTypes.add(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
      posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      exchange.getResponseBody().write(ok);
      exchange.close();
    });
    webhook.start();
  }

  @AfterEach
  void stopWebhook() {
    webhook.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/services/T000/B000/XXXX";
  }

  @Test
  void sendNowWritesFilesAndPostsSlackJsonNamingTheTopFinding() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      DigestApiTest.Seeded seeded = DigestApiTest.seed(server, temp.resolve("shop"));
      String admin = server.adminToken();
      Path folder = temp.resolve("digests");

      JsonNode saved = server.call("PUT", "/api/v1/digest/schedule", admin, "{\"enabled\": true, \"day\": \"friday\", "
          + "\"hour\": 7, \"folder\": \"" + folder + "\", \"webhookUrl\": \"" + hookUrl() + "\", "
          + "\"publicUrl\": \"https://vigil.example.org\"}").json();
      JsonNode sent = server.call("POST", "/api/v1/digest/schedule/run", admin, null).json();

      assertThat(saved.get("enabled").asBoolean()).isTrue();
      assertThat(saved.get("day").asText()).isEqualTo("friday");
      assertThat(saved.get("webhook").asText()).isEqualTo("http://127.0.0.1/…");
      assertThat(saved.toString()).doesNotContain("XXXX");
      assertThat(sent.get("outcome").asText()).contains("written to " + folder.resolve("vigil-digest-"))
          .contains("posted to webhook http://127.0.0.1 (200)");
      String body = posted.poll(10, TimeUnit.SECONDS);
      assertThat(contentTypes.poll()).isEqualTo("application/json");
      JsonNode slack = Json.mapper().readTree(body);
      assertThat(slack.get("text").asText()).startsWith("Vigil weekly digest, ");
      assertThat(slack.get("blocks").get(0).get("type").asText()).isEqualTo("header");
      assertThat(slack.get("blocks").get(1).get("text").get("text").asText()).isEqualTo("shop");
      JsonNode top = slack.get("blocks").get(2).get("text");
      assertThat(top.get("type").asText()).isEqualTo("mrkdwn");
      assertThat(top.get("text").asText()).startsWith("*Recommended top 10*\n1. *critical* <https://vigil.example.org/findings/"
          + seeded.critical().id() + "|#" + seeded.critical().id() + "> `java.sql-injection`");
      assertThat(body).contains("fixture data, never deployed");
      List<Path> files;
      try (var list = Files.list(folder)) {
        files = list.sorted().toList();
      }
      assertThat(files).hasSize(2);
      assertThat(Files.readString(files.get(0))).contains("<svg");
      assertThat(Files.readString(files.get(1))).contains("](https://vigil.example.org/findings/" + seeded.critical().id() + ")");
      JsonNode after = server.call("GET", "/api/v1/digest/schedule", admin, null).json();
      assertThat(after.get("lastOutcome").asText()).isEqualTo(sent.get("outcome").asText());
      assertThat(server.call("GET", "/api/v1/audit", admin, null).body()).contains("digest.sent");
    }
  }

  @Test
  void theJobSendsOnceWhenAWeeklySlotHasPassed() throws Exception {
    VigilServer.Config base = ServerHarness.config(temp.resolve("data"), null, null, null);
    VigilServer.Config fast = new VigilServer.Config(0, base.dataDir(), null, null, null, base.adminPassword(),
        base.webhookSecret(), new ScanJobs.Settings(2, Duration.ofSeconds(1), Duration.ofMillis(100),
            Duration.ofMillis(300)), PassOptions.defaults());
    try (ServerHarness server = ServerHarness.start(fast)) {
      DigestApiTest.seed(server, temp.resolve("shop"));
      String admin = server.adminToken();
      server.call("PUT", "/api/v1/digest/schedule", admin, "{\"enabled\": true, \"webhookUrl\": \"" + hookUrl() + "\"}");
      assertThat(posted.poll(1500, TimeUnit.MILLISECONDS)).as("nothing is due right after enabling").isNull();

      // Enabled eight days ago: a weekly slot has passed since, so the job sends at its next check.
      server.server().database().jdbi().useHandle(h -> h.createUpdate("UPDATE digest_schedule SET enabled_at = ?")
          .bind(0, Instant.now().minus(Duration.ofDays(8))).execute());

      String body = posted.poll(20, TimeUnit.SECONDS);
      assertThat(body).contains("Recommended top 10").contains("java.sql-injection");
      assertThat(posted.poll(1500, TimeUnit.MILLISECONDS)).as("sent once per slot").isNull();
      assertThat(server.call("GET", "/api/v1/digest/schedule", admin, null).json().get("lastOutcome").asText())
          .isEqualTo("posted to webhook http://127.0.0.1 (200)");
    }
  }

  @Test
  void onlyAdminsSetTheScheduleAndBadValuesAreNamed() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      String admin = server.adminToken();
      String owner = server.createUser(admin, "olga", "security_owner");

      ServerHarness.Response forbidden = server.call("PUT", "/api/v1/digest/schedule", owner, "{\"enabled\": false}");
      ServerHarness.Response noTarget = server.call("PUT", "/api/v1/digest/schedule", admin, "{\"enabled\": true}");
      ServerHarness.Response badUrl = server.call("PUT", "/api/v1/digest/schedule", admin,
          "{\"enabled\": true, \"webhookUrl\": \"file:///etc/passwd\"}");
      ServerHarness.Response badDay = server.call("PUT", "/api/v1/digest/schedule", admin, "{\"day\": \"someday\"}");
      ServerHarness.Response relative = server.call("PUT", "/api/v1/digest/schedule", admin, "{\"folder\": \"out\"}");
      ServerHarness.Response nowhere = server.call("POST", "/api/v1/digest/schedule/run", admin, null);

      assertThat(forbidden.status()).isEqualTo(403);
      assertThat(noTarget.status()).isEqualTo(400);
      assertThat(noTarget.json().get("message").asText()).isEqualTo("a digest needs a folder or a webhookUrl to go to");
      assertThat(badUrl.json().get("field").asText()).isEqualTo("webhookUrl");
      assertThat(badDay.json().get("field").asText()).isEqualTo("day");
      assertThat(relative.json().get("message").asText()).isEqualTo("folder must be an absolute path, got 'out'");
      assertThat(nowhere.status()).isEqualTo(400);
      assertThat(server.call("GET", "/api/v1/digest/schedule", admin, null).json().get("enabled").asBoolean()).isFalse();
    }
  }
}
