package dev.vigil.server.threat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The threat model through the API: inferred after the first backfill, edited by a person as a new
 * version, driving the recommended list at once, and marked "needs review" when a new commit adds
 * an entry point.
 */
class ThreatModelApiTest {
  @TempDir Path temp;

  @Test
  void inferredModelIsEditedVersionedAndDrivesRanking() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"));
         ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      repo.write("pom.xml", "<project><dependencies><dependency><groupId>org.springframework.boot</groupId>"
              + "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n")
          .write("src/main/java/shop/OrderController.java", """
              package shop;
              import org.springframework.web.bind.annotation.*;
              @RestController
              @RequestMapping("/orders")
              public class OrderController {
                @GetMapping("/{id}")
                public String order(@PathVariable String id) { return id; }
              }
              """)
          .write("app/deploy.env", "TOKEN=" + GitFixtures.fakeGithubToken(11) + "\n")
          .write("legacy/old.env", "TOKEN=" + GitFixtures.fakeGithubToken(12) + "\n")
          .commit("shop");
      String admin = server.adminToken();
      long id = server.connect(admin, "shop", repo.dir());
      server.call("POST", "/api/v1/scans", admin, "{\"repositoryId\": " + id + ", \"branch\": \"main\"}");
      server.awaitScan(admin, 1, Duration.ofSeconds(90));
      String base = "/api/v1/repositories/" + id;

      ServerHarness.Response inferred = server.call("GET", base + "/threat-model", admin, null);
      assertThat(inferred.status()).isEqualTo(200);
      assertThat(inferred.body()).contains("/orders/{id}");
      assertThat(paths(server.call("GET", base + "/recommended", admin, null).json()))
          .contains("app/deploy.env", "legacy/old.env");

      String edited = inferred.body().replaceFirst("(?m)^out-of-scope:.*$", "")
          + "\nout-of-scope:\n  - path: legacy/**\n    reason: retired service\n";
      ServerHarness.Response put = server.request("PUT", base + "/threat-model", edited,
          Map.of("Authorization", "Bearer " + admin, "Content-Type", "application/yaml"));
      assertThat(put.status()).as(put.body()).isEqualTo(201);
      assertThat(put.json().get("version").asInt()).isEqualTo(2);
      assertThat(paths(server.call("GET", base + "/recommended", admin, null).json()))
          .contains("app/deploy.env").doesNotContain("legacy/old.env");
      JsonNode legacy = server.call("GET", "/api/v1/findings?path=legacy/", admin, null).json().get("items").get(0);
      assertThat(legacy.get("outOfScope").asText()).isEqualTo("retired service (legacy/**)");
      JsonNode versions = server.call("GET", base + "/threat-model/versions", admin, null).json();
      assertThat(versions.get("items")).hasSize(2);
      assertThat(versions.get("items").get(0).get("author").asText()).isEqualTo(ThreatModels.INFERENCE_AUTHOR);
      assertThat(versions.get("items").get(1).get("author").asText()).isEqualTo("admin");
      assertThat(versions.get("reviewedByPerson").asBoolean()).isTrue();

      ServerHarness.Response invalid = server.request("PUT", base + "/threat-model",
          "repository-type: saas-backend\nbogus-key: 1\n", Map.of("Authorization", "Bearer " + admin));
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.json().get("field").asText()).isEqualTo("line 2");
      String viewer = server.createUser(admin, "vera", "viewer");
      server.grant(admin, id, "vera");
      assertThat(server.request("PUT", base + "/threat-model", edited,
          Map.of("Authorization", "Bearer " + viewer)).status()).isEqualTo(403);

      repo.write("src/main/java/shop/PaymentWebhook.java", """
          package shop;
          import org.springframework.web.bind.annotation.*;
          @RestController
          public class PaymentWebhook {
            @PostMapping("/webhooks/payments")
            public void paid(@RequestBody String event) { }
          }
          """).commit("payment webhook");
      ServerHarness.Response push = server.push(repo.dir().toString(), "main");
      server.awaitScan(admin, push.json().get("queuedScans").get(0).asLong(), Duration.ofSeconds(90));
      JsonNode status = server.call("GET", base + "/threat-model/versions", admin, null).json();
      assertThat(status.get("needsReview").asBoolean()).isTrue();
      assertThat(status.get("reviewChanges").toString()).contains("/webhooks/payments");
    }
  }

  private static List<String> paths(JsonNode recommended) {
    return java.util.stream.StreamSupport.stream(recommended.get("items").spliterator(), false)
        .map(item -> item.get("path").asText()).toList();
  }
}
