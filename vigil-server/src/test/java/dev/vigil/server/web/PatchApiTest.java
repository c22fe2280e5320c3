package dev.vigil.server.web;

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

/** Remediation patches through the API: proposed and validated on a work tree, edited and validated again. */
class PatchApiTest {
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

  private static String json(String diff) {
    return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("diff", diff).toString();
  }

  private static List<String> steps(JsonNode validation) {
    List<String> names = new ArrayList<>();
    validation.get("steps").forEach(s -> names.add(s.get("name").asText() + ":" + s.get("status").asText()));
    return names;
  }

  @Test
  void proposesAValidatedPatchWithTheContractsShape() {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);

    ServerHarness.Response response = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode patch = response.json();
    assertThat(patch.get("id").asLong()).isPositive();
    assertThat(patch.get("files").get(0).asText()).isEqualTo(ValidatedShop.DAO);
    assertThat(patch.get("diff").asText()).contains(
        "-    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = \" + id);\n",
        "+    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = ?\", id);\n");
    assertThat(patch.at("/validation/verdict").asText()).isEqualTo("validated");
    assertThat(steps(patch.get("validation"))).containsExactly("applies:passed", "finding-gone:passed",
        "no-new-finding:passed", "parses:passed", "build:not-applicable");
    assertThat(server.call("GET", "/api/v1/patches/" + patch.get("id").asLong(), admin, null).json().get("diff"))
        .isEqualTo(patch.get("diff"));
  }

  @Test
  void anEditedDiffIsValidatedAgainAndOneThatLeavesTheFindingFails() {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    JsonNode patch = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null).json();
    String weaker = patch.get("diff").asText().replace("+    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = ?\", id);",
        "+    return jdbc.queryForMap(\"SELECT * FROM orders WHERE id = \" + id.trim());");

    ServerHarness.Response edited = server.call("PUT", "/api/v1/patches/" + patch.get("id").asLong(), admin,
        json(weaker));

    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().get("diff").asText()).contains("id.trim()");
    assertThat(edited.json().at("/validation/verdict").asText()).isEqualTo("failed");
    assertThat(steps(edited.json().get("validation"))).contains("finding-gone:failed");
    assertThat(edited.json().get("editedBy").asText()).isEqualTo("admin");
  }

  @Test
  void aDiffThatDoesNotApplyIsRefusedWith422() {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    JsonNode patch = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null).json();

    ServerHarness.Response edited = server.call("PUT", "/api/v1/patches/" + patch.get("id").asLong(), admin,
        json(patch.get("diff").asText().replace("byId(String id)", "byKey(String id)")));

    assertThat(edited.status()).isEqualTo(422);
    assertThat(edited.json().get("error").asText()).isEqualTo("invalid_diff");
  }

  @Test
  void aFindingWithNoSafeFixGets422WithTheReason() {
    long secret = shop.finding(server, admin, "secrets.github-token", ValidatedShop.CONFIG);

    ServerHarness.Response response = server.call("POST", "/api/v1/findings/" + secret + "/patch", admin, null);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("error").asText()).isEqualTo("no_safe_fix");
    assertThat(response.json().get("message").asText()).startsWith("no automatic fix for secrets.github-token");
  }
}
