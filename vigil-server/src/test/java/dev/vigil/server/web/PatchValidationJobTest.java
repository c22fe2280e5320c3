package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.ValidatedShop;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background validation of a patch in a repository with an environment, in real bubblewrap
 * with commands that do nothing (a few seconds): the patch is validating, then the job records the
 * build and tests; an edit validates again; and a patch left validating without its job (a crash
 * between the two writes) is validated when the server starts again.
 */
class PatchValidationJobTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static ValidatedShop shop;

  @BeforeAll
  static void scanThenAddAnEnvironment() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    shop = ValidatedShop.scan(server, admin, temp.resolve("shop"));
    ServerHarness.Response environment = server.call("POST", "/api/v1/repositories/" + shop.repositoryId
        + "/environments", admin, "{\"name\": \"ci\", \"setupScript\": \"true\", \"buildCommand\": \"true\", "
        + "\"testCommand\": \"echo tests ran\"}");
    assertThat(environment.status()).as(environment.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aProposedPatchIsValidatingUntilTheJobRecordsTheBuildAndTestsAndAnEditRunsThemAgain() throws Exception {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);

    JsonNode proposed = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null).json();

    assertThat(proposed.at("/validation/verdict").asText()).isEqualTo("validating");
    assertThat(steps(proposed)).containsExactly("applies:passed", "finding-gone:passed", "no-new-finding:passed",
        "parses:passed");
    assertThat(page(sql)).contains("<div id=\"patch-validation\" hx-get=\"/findings/" + sql
        + "\" hx-select=\"#patch-validation\" hx-trigger=\"every 5s\" hx-swap=\"outerHTML\">", "id=\"patch-validating\"")
        .doesNotContain("id=\"patch-approve-form\"");
    JsonNode done = awaitValidation(proposed.get("id").asLong());
    assertThat(done.at("/validation/verdict").asText()).as(done.toPrettyString()).isEqualTo("validated");
    assertThat(steps(done)).containsSubsequence("build:passed", "tests:passed", "regression-test:not-applicable");
    assertThat(done.at("/validation/steps/5/output").asText()).contains("tests ran");
    assertThat(page(sql)).contains("<div id=\"patch-validation\">", "id=\"patch-approve-form\"")
        .doesNotContain("id=\"patch-validating\"");

    String weaker = done.get("diff").asText().replace("WHERE id = ?\", id);", "WHERE id = ?\", id.strip());");
    JsonNode edited = server.call("PUT", "/api/v1/patches/" + done.get("id").asLong(), admin,
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("diff", weaker).toString()).json();

    assertThat(edited.at("/validation/verdict").asText()).as(edited.toPrettyString()).isEqualTo("validating");
    assertThat(awaitValidation(edited.get("id").asLong()).get("diff").asText()).contains("id.strip()");
  }

  @Test
  void aPatchLeftValidatingWithoutItsJobIsValidatedAtTheNextStart() throws Exception {
    long sql = shop.finding(server, admin, "java.sql-injection", ValidatedShop.DAO);
    long id = awaitValidation(server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null).json()
        .get("id").asLong()).get("id").asLong();
    // As if the process died after storing the patch and before queueing its job.
    server.server().database().jdbi().useHandle(h -> h.createUpdate(
        "UPDATE finding_patches SET verdict = 'validating', steps = '[]' WHERE id = ?").bind(0, id).execute());
    server.close();

    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();

    JsonNode revived = awaitValidation(id);
    assertThat(revived.at("/validation/verdict").asText()).isEqualTo("validated");
    assertThat(steps(revived)).contains("build:passed", "tests:passed");
  }

  private static JsonNode awaitValidation(long patchId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode patch = server.call("GET", "/api/v1/patches/" + patchId, admin, null).json();
      if (!patch.at("/validation/verdict").asText().equals("validating")) return patch;
      Thread.sleep(200);
    }
    throw new AssertionError("patch " + patchId + " still validating after 120 s");
  }

  private static String page(long finding) {
    return dev.vigil.server.ui.TestSessions.page(server, new dev.vigil.server.auth.User(1, "admin",
        dev.vigil.server.auth.Role.ADMIN), "/findings/" + finding);
  }

  private static List<String> steps(JsonNode patch) {
    List<String> names = new ArrayList<>();
    patch.at("/validation/steps").forEach(s -> names.add(s.get("name").asText() + ":" + s.get("status").asText()));
    return names;
  }
}
