package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.PatchVerdict;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.server.ReleasedShop;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.PatchStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/repositories/{id}/release-review?ref=} re-checks findings in a release's code. */
class ReleaseReviewApiTest {
  @TempDir Path temp;

  @Test
  void findingsInTheReleaseWaitForADecisionAndOthersAreDecided() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      ReleasedShop shop = ReleasedShop.create(server, temp.resolve("shop"));
      String admin = server.adminToken();
      String path = "/api/v1/repositories/" + shop.repository() + "/release-review?ref=";

      JsonNode before = server.call("GET", path + "v1.0", admin, null).json();
      server.call("POST", "/api/v1/findings/" + shop.bot() + "/triage", admin, "{\"action\": \"accept\"}");
      server.call("POST", "/api/v1/findings/" + shop.app() + "/triage", admin,
          "{\"action\": \"defer\", \"until\": \"" + LocalDate.now().plusDays(30) + "\"}");
      JsonNode after = server.call("GET", path + "v1.0", admin, null).json();
      JsonNode head = server.call("GET", path + "main", admin, null).json();

      assertThat(before.get("decided").asBoolean()).isFalse();
      assertThat(before.get("open").asInt()).isEqualTo(2);
      assertThat(item(before, shop.bot()).get("inRelease").asText()).isEqualTo("yes");
      assertThat(item(before, shop.bot()).get("decision").asText()).isEqualTo("in the release, no decision");
      assertThat(item(before, shop.app()).get("status").asText()).as("fixed at head, still in v1.0").isEqualTo("fixed");
      assertThat(item(before, shop.app()).get("decided").asBoolean()).isFalse();
      assertThat(item(before, shop.other()).get("inRelease").asText()).isEqualTo("no");
      assertThat(item(before, shop.other()).get("decision").asText()).isEqualTo("not in the release");
      assertThat(item(before, shop.bot()).get("verdict").asText()).isNotBlank();
      assertThat(item(before, shop.bot()).get("patch").asText()).isEqualTo("none");
      long patch = new PatchStore(server.server().database().jdbi()).propose(shop.bot(), head.get("commit").asText(),
          new RemediationPatch("secrets.github-token", "read the token from the environment", List.of(),
              List.of(new FileEdit("deploy/bot.env", "GH_TOKEN=x\n", "GH_TOKEN=${GH_TOKEN}\n"))),
          new PatchValidation(PatchVerdict.VALIDATED, List.of()), "admin", Instant.now()).id();
      assertThat(item(server.call("GET", path + "v1.0", admin, null).json(), shop.bot()).get("patch").asText())
          .isEqualTo("#" + patch + " validated, /api/v1/patches/" + patch);
      assertThat(after.get("decided").asBoolean()).isTrue();
      assertThat(item(after, shop.bot()).get("decision").asText()).isEqualTo("risk accepted");
      assertThat(item(after, shop.app()).get("decision").asText()).isEqualTo("deferred until " + LocalDate.now().plusDays(30));
      assertThat(head.get("decided").asBoolean()).isFalse();
      assertThat(item(head, shop.other()).get("decided").asBoolean()).isFalse();
      assertThat(item(head, shop.app()).get("inRelease").asText()).isEqualTo("no");
      assertThat(head.get("commit").asText()).hasSize(40).isNotEqualTo(before.get("commit").asText());
    }
  }

  @Test
  void anUnknownRefIsNamed() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      ReleasedShop shop = ReleasedShop.create(server, temp.resolve("shop"));
      String path = "/api/v1/repositories/" + shop.repository() + "/release-review";

      ServerHarness.Response unknown = server.call("GET", path + "?ref=v9.9", server.adminToken(), null);
      ServerHarness.Response missing = server.call("GET", path, server.adminToken(), null);

      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.json().get("field").asText()).isEqualTo("ref");
      assertThat(unknown.json().get("message").asText()).isEqualTo("no commit 'v9.9' in repository shop");
      assertThat(missing.json().get("message").asText()).isEqualTo("ref is required (a tag, branch or commit)");
    }
  }

  private static JsonNode item(JsonNode review, long findingId) {
    for (JsonNode item : review.get("items")) if (item.get("findingId").asLong() == findingId) return item;
    throw new AssertionError("no item for finding " + findingId + " in " + review);
  }
}
