package dev.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.engine.fix.FileEdit;
import dev.vigil.engine.fix.PatchValidation;
import dev.vigil.engine.fix.RemediationPatch;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.server.store.FindingQuery;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.PatchStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/repositories/{id}/readiness} says what the overview page says, on H2 and PostgreSQL. */
class ReadinessApiTest {
  private static final Pattern PAGE_ITEM =
      Pattern.compile("<li data-state=\"(\\w+)\">.*?<strong>([^<]+)</strong>", Pattern.DOTALL);

  @TempDir Path temp;

  @Test
  void unmetItemsSayWhatIsMissingAndWhereToActLikeTheOverviewPage() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      long repository = seededRepository(server);

      JsonNode items = server.call("GET", "/api/v1/repositories/" + repository + "/readiness",
          server.adminToken(), null).json().get("items");

      assertThat(pairs(items)).isEqualTo(pageItems(server, repository));
      JsonNode backfill = named(items, "Backfill complete");
      assertThat(backfill.get("met").asBoolean()).isFalse();
      assertThat(backfill.get("missing").asText()).isEqualTo("No backfill has run yet.");
      assertThat(backfill.get("link").asText()).isEqualTo("/repositories/" + repository + "/scans/new");
      JsonNode high = named(items, "Every high finding has an owner and a status");
      assertThat(high.get("missing").asText()).isEqualTo("1 high or critical finding lacks an owner or a decision.");
      assertThat(high.get("link").asText())
          .isEqualTo("/findings?repositoryId=" + repository + "&severity=high&status=open");
      JsonNode patches = named(items, "Proposed patches reviewed");
      assertThat(patches.get("state").asText()).isEqualTo("ok");
      assertThat(patches.get("link").isNull()).isTrue();
    }
  }

  @Test
  void aMetItemHasNothingMissing() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      long repository = seededRepository(server);
      long fixed = new FindingStore(server.server().database().jdbi()).list(new dev.vigil.server.store.FindingQuery(
          List.of(repository), null, "fixed", null, null, null, null, null, null, null, 1, 10)).items().get(0).id();
      server.call("POST", "/api/v1/findings/" + fixed + "/triage", server.adminToken(),
          "{\"action\": \"reject\", \"reason\": \"test data\"}");

      JsonNode items = server.call("GET", "/api/v1/repositories/" + repository + "/readiness",
          server.adminToken(), null).json().get("items");

      JsonNode validated = named(items, "Key fixes have a regression test or a validation record");
      assertThat(validated.get("met").asBoolean()).isTrue();
      assertThat(validated.get("state").asText()).isEqualTo("ok");
      assertThat(validated.get("missing").isNull()).isTrue();
    }
  }

  @Test
  void patchesCountAsReviewedOnceApprovedAndAValidatedPatchCoversAFix() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      long repository = seededRepository(server);
      FindingStore findings = new FindingStore(server.server().database().jdbi());
      PatchStore patches = new PatchStore(server.server().database().jdbi());
      long open = findings.list(new FindingQuery(List.of(repository), null, null, null, null, "src/A.java", null,
          null, null, null, 1, 10)).items().get(0).id();
      long fixed = findings.list(new FindingQuery(List.of(repository), null, "fixed", null, null, null, null, null,
          null, null, 1, 10)).items().get(0).id();
      PatchValidation validated = PatchValidation.of(List.of(ValidationStep.passed("finding-gone", "")));
      RemediationPatch patch = new RemediationPatch("java.sample", "Bind it.", List.of(),
          List.of(new FileEdit("src/A.java", "a + id\n", "a, id\n")));
      PatchStore.PatchRecord proposed = patches.propose(open, FindingFixtures.sha("ab"), patch, validated, "admin",
          Instant.now());
      patches.propose(fixed, FindingFixtures.sha("ab"), patch, validated, "admin", Instant.now());

      JsonNode waiting = named(readiness(server, repository), "Proposed patches reviewed");
      patches.approve(proposed.id(), proposed.updatedAt(), "dana", Instant.now());
      JsonNode items = readiness(server, repository);

      assertThat(waiting.get("state").asText()).isEqualTo("todo");
      assertThat(waiting.get("missing").asText()).isEqualTo("1 of 1 proposed patches awaits a reviewer's approval.");
      assertThat(waiting.get("link").asText()).isEqualTo("/findings/" + open + "#patch");
      assertThat(named(items, "Proposed patches reviewed").get("state").asText()).isEqualTo("ok");
      assertThat(named(items, "Key fixes have a regression test or a validation record").get("met").asBoolean())
          .as("the fixed finding has a validated patch").isTrue();
      assertThat(pairs(items)).isEqualTo(pageItems(server, repository));
    }
  }

  private static JsonNode readiness(ServerHarness server, long repository) {
    return server.call("GET", "/api/v1/repositories/" + repository + "/readiness", server.adminToken(), null)
        .json().get("items");
  }

  @Test
  void aRepositoryNotGrantedIsNotFound() throws Exception {
    try (ServerHarness server = ServerHarness.start(temp.resolve("data"))) {
      long repository = seededRepository(server);
      String viewer = server.createUser(server.adminToken(), "vera", "viewer");

      ServerHarness.Response hidden = server.call("GET", "/api/v1/repositories/" + repository + "/readiness",
          viewer, null);

      assertThat(hidden.status()).isEqualTo(404);
      assertThat(server.call("GET", "/api/v1/repositories/" + repository + "/readiness", null, null).status())
          .isEqualTo(401);
    }
  }

  @Test
  void apiAndPageAgreeOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        ServerHarness server = ServerHarness.start(temp.resolve("data"),
            postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
      long repository = seededRepository(server);

      JsonNode items = server.call("GET", "/api/v1/repositories/" + repository + "/readiness",
          server.adminToken(), null).json().get("items");

      assertThat(pairs(items)).isEqualTo(pageItems(server, repository)).hasSize(7);
      assertThat(named(items, "Key fixes have a regression test or a validation record").get("missing").asText())
          .isEqualTo("1 of 1 fixed high and critical findings has neither a validation record nor a validated "
              + "patch with its regression test.");
    }
  }

  private long seededRepository(ServerHarness server) throws Exception {
    Path dir = temp.resolve("repo");
    try (GitFixtures repo = GitFixtures.init(dir)) {
      repo.write("README.md", "demo\n").commit("start");
    }
    long repository = server.connect(server.adminToken(), "demo", dir);
    new FindingStore(server.server().database().jdbi()).recordBackfill(repository, 0, List.of(
        seed(Severity.HIGH, "src/A.java", null), seed(Severity.HIGH, "src/B.java", "bb"),
        seed(Severity.LOW, "src/C.java", null)));
    return repository;
  }

  private static dev.vigil.engine.git.TrackedFinding seed(Severity severity, String path, String fixedSha) {
    return new FindingFixtures.Seed("java.sample", 89, severity, Confidence.HIGH, path, 3,
        FindingFixtures.sha("ab"), Instant.parse("2026-10-01T10:00:00Z"),
        fixedSha == null ? null : FindingFixtures.sha(fixedSha)).tracked();
  }

  /** Returns (state, name) of each item of the overview page, in order. */
  private static List<Map.Entry<String, String>> pageItems(ServerHarness server, long repository) {
    String session = new SessionStore(server.server().database().jdbi()).open(new User(1, "admin", Role.ADMIN)).id();
    String page = server.request("GET", "/repositories/" + repository, null,
        Map.of("Cookie", "vigil_session=" + session)).body();
    String checklist = page.substring(page.indexOf("id=\"readiness\""), page.indexOf("</ul>", page.indexOf("id=\"readiness\"")));
    List<Map.Entry<String, String>> items = new ArrayList<>();
    Matcher matcher = PAGE_ITEM.matcher(checklist);
    while (matcher.find()) items.add(Map.entry(matcher.group(1), matcher.group(2)));
    return items;
  }

  private static List<Map.Entry<String, String>> pairs(JsonNode items) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (JsonNode item : items) {
      assertThat(item.get("met").asBoolean()).isEqualTo(item.get("state").asText().equals("ok"));
      pairs.add(Map.entry(item.get("state").asText(), item.get("name").asText()));
    }
    return pairs;
  }

  private static JsonNode named(JsonNode items, String name) {
    for (JsonNode item : items) if (item.get("name").asText().equals(name)) return item;
    throw new AssertionError("no item " + name + " in " + items);
  }
}
