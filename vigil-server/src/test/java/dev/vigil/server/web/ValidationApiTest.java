package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation records through the API: after a real scan, on request, in lists, ranking and code. */
class ValidationApiTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static ValidatedShop shop;

  @BeforeAll
  static void scan() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    shop = ValidatedShop.scan(server, admin, temp.resolve("shop"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode detail(long id) {
    return server.call("GET", "/api/v1/findings/" + id, admin, null).json();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyFindingOfTheScanHasARecordAtTheHeadCommit() {
    JsonNode all = server.call("GET", "/api/v1/findings?repositoryId=" + shop.repositoryId, admin, null).json();

    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(3);
    for (JsonNode item : all.get("items")) {
      JsonNode validation = detail(item.get("id").asLong()).get("validation");
      assertThat(validation.isObject()).as(item.get("ruleId").asText()).isTrue();
      assertThat(validation.get("commit").asText()).isEqualTo(shop.headSha);
      assertThat(item.get("verdict").asText()).isEqualTo(validation.get("verdict").asText());
    }
  }

  @Test
  void validationObjectHasExactlyTheContractsShape() {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);

    JsonNode validation = detail(sql).get("validation");

    assertThat(fieldNames(validation)).containsExactly("verdict", "reason", "steps", "validatedAt", "commit");
    assertThat(validation.get("verdict").asText()).isEqualTo("likely");
    assertThat(validation.get("reason").asText()).isEqualTo("reachable from HTTP route GET /orders/{id} through "
        + "OrderController#get -> OrderRepository#byId; build and reproduction need an environment; the repository has none");
    assertThat(Instant.parse(validation.get("validatedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    List<String> names = new ArrayList<>();
    for (JsonNode step : validation.get("steps")) {
      assertThat(fieldNames(step)).as("no command when none ran")
          .containsExactly("name", "status", "output", "durationMillis");
      assertThat(step.get("durationMillis").isIntegralNumber()).isTrue();
      names.add(step.get("name").asText() + ":" + step.get("status").asText());
    }
    assertThat(names).containsExactly("present-at-head:passed", "reachable:passed",
        "build:not-applicable", "reproduce:not-applicable");
    assertThat(validation.at("/steps/1/output").asText()).isEqualTo("HTTP route GET /orders/{id} ("
        + ValidatedShop.CONTROLLER + ":16)\ncom.acme.orders.OrderController#get/1 -> com.acme.orders.OrderRepository#byId/1");
    assertThat(validation.at("/steps/2/output").asText())
        .isEqualTo("Build and reproduction need an environment; the repository has none.");
  }

  @Test
  void findingWhoseCodeWasRemovedAtHeadIsNotPresent() {
    long path = shop.finding(server, admin, "java.path-injection", ValidatedShop.RUNNER);

    JsonNode detail = detail(path);

    assertThat(detail.get("status").asText()).isEqualTo("fixed");
    assertThat(detail.at("/validation/verdict").asText()).isEqualTo("not-present");
    assertThat(detail.at("/validation/steps/0/output").asText()).isEqualTo("Re-analysis of " + ValidatedShop.RUNNER
        + " at " + shop.headSha.substring(0, 12) + " no longer reports java.path-injection: the code is gone at the head.");
  }

  @Test
  void listFiltersOnTheVerdict() {
    JsonNode notPresent = server.call("GET", "/api/v1/findings?repositoryId=" + shop.repositoryId
        + "&verdict=not-present", admin, null).json();
    JsonNode reproduced = server.call("GET", "/api/v1/findings?repositoryId=" + shop.repositoryId
        + "&verdict=reproduced", admin, null).json();
    ServerHarness.Response bad = server.call("GET", "/api/v1/findings?verdict=maybe", admin, null);

    assertThat(notPresent.get("items")).extracting(i -> i.get("ruleId").asText())
        .containsExactly("java.path-injection");
    assertThat(reproduced.get("items")).extracting(i -> i.get("ruleId").asText())
        .containsExactly("secrets.github-token");
    assertThat(reproduced.get("items").get(0).get("validated").asBoolean()).isTrue();
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("verdict");
    assertThat(bad.json().get("message").asText()).isEqualTo("unknown verdict 'maybe': expected one of "
        + "reproduced, likely, not-reproduced, not-present, could-not-validate or none");
  }

  @Test
  void rankingCountsTheVerdict() {
    JsonNode sql = detail(shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO));
    JsonNode token = detail(shop.finding(server, admin, "secrets.github-token", ValidatedShop.CONFIG));

    assertThat(sql.at("/ranking/reasons").toString()).contains("validation found it likely (present and reachable): +5");
    assertThat(token.at("/ranking/reasons").toString()).contains("confirmed by validation: +15");
  }

  @Test
  void detailShowsTheSinkWithContextFromTheBlobAndEachStepsLine() {
    JsonNode sql = detail(shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO));

    JsonNode code = sql.get("code");
    assertThat(code.get("path").asText()).isEqualTo(ValidatedShop.DAO);
    assertThat(code.get("commit").asText()).hasSize(40);
    assertThat(code.get("lines")).extracting(l -> l.get("number").asInt())
        .as("5 before, 5 after, ending with the file").containsExactly(9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(code.get("lines").get(5).get("hit").asBoolean()).isTrue();
    assertThat(code.get("lines").get(5).get("text").asText())
        .isEqualTo("    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = \" + id);");
    JsonNode steps = sql.get("evidenceCode");
    assertThat(steps).hasSize(sql.get("evidence").size());
    JsonNode first = steps.get(0);
    assertThat(first.get("path").asText()).isEqualTo(sql.at("/evidence/0/location/path").asText());
    assertThat(first.get("lines")).hasSizeLessThanOrEqualTo(5);
    assertThat(first.get("lines").toString()).contains("\"hit\":true");
  }

  @Test
  void secretsNeighbouringLinesAreShownAndTheSecretIsMasked() {
    JsonNode token = detail(shop.finding(server, admin, "secrets.github-token", ValidatedShop.CONFIG));

    String code = token.get("code").toString();
    assertThat(token.at("/code/lines/0/text").asText()).isEqualTo("app.name=shop");
    assertThat(code).contains("app.mode=prod").doesNotContain(ValidatedShop.TOKEN);
    assertThat(token.toString()).doesNotContain(ValidatedShop.TOKEN);
  }

  @Test
  void developersValidateOnRequestViewersMayNot() throws InterruptedException {
    String developer = server.createUser(admin, "dev", "developer");
    String viewer = server.createUser(admin, "viewer", "viewer");
    server.grant(admin, shop.repositoryId, "dev");
    server.grant(admin, shop.repositoryId, "viewer");
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    Instant before = Instant.parse(detail(sql).at("/validation/validatedAt").asText());

    ServerHarness.Response refused = server.call("POST", "/api/v1/findings/" + sql + "/validation", viewer, null);
    ServerHarness.Response queued = server.call("POST", "/api/v1/findings/" + sql + "/validation", developer, null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("message").asText()).isEqualTo("role viewer may not validate findings");
    assertThat(queued.status()).isEqualTo(202);
    assertThat(queued.json().get("state").asText()).isEqualTo("queued");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Instant after = before;
    while (!after.isAfter(before) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      after = Instant.parse(detail(sql).at("/validation/validatedAt").asText());
    }
    assertThat(after).isAfter(before);
    assertThat(detail(sql).at("/validation/verdict").asText()).isEqualTo("likely");
    JsonNode audit = server.call("GET", "/api/v1/audit", admin, null).json();
    assertThat(audit.toString()).contains("finding.validate");
  }
}
