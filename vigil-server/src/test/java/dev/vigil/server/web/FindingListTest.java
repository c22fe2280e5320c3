package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.FindingFixtures;
import dev.vigil.server.FindingFixtures.Seed;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.store.FindingQuery;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The findings list: every filter, every sort in both directions, pages, and triage. */
class FindingListTest {
  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
  /** Varied findings; the index in this list names them in the tests. */
  static final List<Seed> SEEDS = List.of(
      seed("secrets.github-token", 798, Severity.CRITICAL, Confidence.HIGH, "deploy/bot.env", 1, "a1", 1, null),
      seed("secrets.private-key", 321, Severity.CRITICAL, Confidence.MEDIUM, "keys/id_rsa", 1, "b2", 2, null),
      seed("java.sql-injection", 89, Severity.HIGH, Confidence.HIGH, "src/main/java/App.java", 40, "a1", 1, null),
      seed("java.xss", 79, Severity.MEDIUM, Confidence.MEDIUM, "src/main/java/Web.java", 12, "c3", 3, null),
      seed("java.path-traversal", 22, Severity.HIGH, Confidence.LOW, "src/main/java/Files.java", 7, "d4", 4, "e5"),
      seed("ci.unpinned-action", 829, Severity.LOW, Confidence.HIGH, "github/workflows/ci.yml", 3, "b2", 2, null),
      seed("deps.vulnerable-library", 1104, Severity.INFO, Confidence.HIGH, "pom.xml", 20, null, 0, null),
      seed("java.sql-injection", 89, Severity.HIGH, Confidence.HIGH, "src/main/java/Repo.java", 88, "c3", 3, null),
      seed("java.command-injection", 78, Severity.CRITICAL, Confidence.LOW, "src/test/java/AppTest.java", 5, "f6", 5, null),
      seed("secrets.generic", 798, Severity.LOW, Confidence.LOW, "docs/notes-1.md", 2, "a1", 1, null),
      seed("secrets.generic", 798, Severity.LOW, Confidence.LOW, "docs/notes-2.md", 2, "a1", 1, null),
      seed("secrets.generic", 798, Severity.MEDIUM, Confidence.LOW, "docs/notes-3.md", 2, "a1", 1, null),
      seed("secrets.generic", 798, Severity.INFO, Confidence.MEDIUM, "docs/notes_4.md", 2, "a1", 1, null));

  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static long listed;
  static long triaged;
  /** Finding ids of {@link #listed} by seed index. */
  static List<Long> ids;

  @BeforeAll
  static void start() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("repo"))) {
      repo.write("README.md", "demo\n").commit("start");
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    listed = server.connect(admin, "listed", temp.resolve("repo"));
    triaged = server.connect(admin, "triaged", temp.resolve("repo"));
    FindingStore store = new FindingStore(server.server().database().jdbi());
    store.recordBackfill(listed, 0, SEEDS.stream().map(Seed::tracked).toList());
    store.recordBackfill(triaged, 0, SEEDS.stream().map(Seed::tracked).toList());
    Map<String, Long> byPath = new java.util.HashMap<>();
    store.list(new FindingQuery(List.of(listed), null, null, null, null, null, null, null, null, null, null,
        "id", 1, 100))
        .items().forEach(f -> byPath.put(f.path(), f.id()));
    ids = SEEDS.stream().map(s -> byPath.get(s.path())).toList();
    store.triage(ids.get(2), "open", "lin", null);
    store.triage(ids.get(3), "open", "sam", null);
    store.triage(ids.get(5), "accepted", null, null);
    server.server().database().jdbi().useHandle(h -> h.createUpdate(
        "UPDATE findings SET validated = TRUE WHERE id IN (" + ids.get(0) + ", " + ids.get(8) + ")").execute());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Seed seed(String rule, int cwe, Severity severity, Confidence confidence, String path,
      int line, String introduced, int hour, String fixed) {
    return new Seed(rule, cwe, severity, confidence, path, line,
        introduced == null ? null : FindingFixtures.sha(introduced), introduced == null ? null : T.plusSeconds(3600L * hour),
        fixed == null ? null : FindingFixtures.sha(fixed));
  }

  private static JsonNode list(String query) {
    ServerHarness.Response response = server.call("GET", "/api/v1/findings?repositoryId=" + listed
        + "&size=500" + (query.isEmpty() ? "" : "&" + query), admin, null);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static Set<Integer> seedsOf(JsonNode page) {
    Set<Integer> seeds = new HashSet<>();
    for (JsonNode item : page.get("items")) seeds.add(ids.indexOf(item.get("id").asLong()));
    return seeds;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "severity=critical | 0,1,8",
      "severity=CRITICAL | 0,1,8",
      "severity=info | 6,12",
      "status=accepted | 5",
      "status=fixed | 4",
      "status=open | 0,1,2,3,6,7,8,9,10,11,12",
      "cwe=89 | 2,7",
      "cwe=CWE-89 | 2,7",
      "cwe=798 | 0,9,10,11,12",
      "rule=java.sql-injection | 2,7",
      "ruleId=secrets.private-key | 1",
      "path=src/main/ | 2,3,4,7",
      "path=src/ | 2,3,4,7,8",
      "path=docs/notes_ | 12",
      "path=docs/notes%25 | ''",
      "path=pom.xml | 6",
      "commit=a1a1a1 | 0,2,9,10,11,12",
      "commit=b2 | 1,5",
      "commit=e5e5e5e5 | 4",
      "commit=ffff | ''",
      "validated=true | 0,8",
      "validated=false | 1,2,3,4,5,6,7,9,10,11,12",
      "owner=lin | 2",
      "owner=nobody | ''",
      "severity=high&status=open&path=src/main/ | 2,7",
      "severity=critical&validated=true&commit=f6 | 8",
      "cwe=798&severity=low&rule=secrets.generic | 9,10",
  })
  void filterSelectsExactlyTheMatchingFindings(String query, String expected) {
    Set<Integer> wanted = new HashSet<>();
    for (String index : expected.split(",")) if (!index.isBlank()) wanted.add(Integer.parseInt(index.trim()));

    JsonNode page = list(query);

    assertThat(seedsOf(page)).isEqualTo(wanted);
    assertThat(page.get("total").asLong()).isEqualTo(wanted.size());
  }

  @Test
  void listWithoutARepositoryCoversEveryVisibleRepository() {
    JsonNode page = server.call("GET", "/api/v1/findings?size=500", admin, null).json();

    assertThat(page.get("total").asLong()).isEqualTo(2L * SEEDS.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"severity", "status", "cwe", "rule", "ruleId", "path", "line", "commit",
      "introduced", "validated", "owner", "confidence", "id"})
  @SuppressWarnings("rawtypes")
  void sortOrdersByTheFieldInBothDirectionsWithIdBreakingTies(String field) {
    assertThat(FindingQuery.SORT_COLUMNS).containsKey(field);
    for (boolean descending : new boolean[] {false, true}) {
      List<JsonNode> items = items(list("sort=" + (descending ? "-" : "") + field));
      Function<JsonNode, Comparable> key = key(field);
      Comparator<JsonNode> order = ((Comparator<JsonNode>) (a, b) -> nullsLast(key.apply(a), key.apply(b)))
          .thenComparing(item -> item.get("id").asLong());
      List<JsonNode> expected = new ArrayList<>(items);
      // severity and confidence keys are ranks (0 = most): descending lists rank 0 first
      boolean ranked = field.equals("severity") || field.equals("confidence");
      expected.sort(descending != ranked ? order.reversed() : order);

      assertThat(ids(items)).as("sort=" + (descending ? "-" : "") + field).isEqualTo(ids(expected));
      assertThat(items).hasSize(SEEDS.size());
    }
  }

  @ParameterizedTest
  @CsvSource({
      "-severity, severity, critical, info",
      "severity, severity, info, critical",
      "-confidence, confidence, high, low",
      "confidence, confidence, low, high"})
  void minusFieldListsTheMostSevereOrConfidentFirstLikeEveryDescendingSort(String sort, String field,
      String first, String last) {
    List<JsonNode> items = items(list("sort=" + sort));

    assertThat(items.get(0).get(field).asText()).isEqualTo(first);
    assertThat(items.get(items.size() - 1).get(field).asText()).isEqualTo(last);
  }

  @Test
  void defaultSortPutsTheMostSevereFirst() {
    List<JsonNode> items = items(list(""));

    assertThat(items.get(0).get("severity").asText()).isEqualTo("critical");
    assertThat(items.get(items.size() - 1).get("severity").asText()).isEqualTo("info");
  }

  @Test
  void pagesCoverEveryFindingOnceWithTheTotalOnEachPage() {
    List<Long> seen = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      JsonNode body = server.call("GET", "/api/v1/findings?repositoryId=" + listed
          + "&sort=-path&size=4&page=" + page, admin, null).json();
      assertThat(body.get("total").asLong()).isEqualTo(SEEDS.size());
      assertThat(body.get("page").asInt()).isEqualTo(page);
      assertThat(body.get("size").asInt()).isEqualTo(4);
      seen.addAll(ids(items(body)));
    }
    JsonNode beyond = server.call("GET", "/api/v1/findings?repositoryId=" + listed
        + "&sort=-path&size=4&page=5", admin, null).json();

    assertThat(seen).hasSize(SEEDS.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ids(items(list("sort=-path")))).isEqualTo(seen);
    assertThat(beyond.get("items")).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(SEEDS.size());
  }

  @Test
  void listItemsLeaveOutEvidenceThatTheDetailCarries() {
    JsonNode item = list("severity=critical&path=deploy/").get("items").get(0);
    JsonNode detail = server.call("GET", "/api/v1/findings/" + item.get("id"), admin, null).json();

    assertThat(item.get("evidence")).isEmpty();
    assertThat(detail.get("evidence").get(0).get("description").asText()).isEqualTo("matched secrets.github-token");
    assertThat(detail.get("locations").get(0).get("path").asText()).isEqualTo("deploy/bot.env");
    assertThat(detail.get("introducedIn").get("sha").asText()).isEqualTo(FindingFixtures.sha("a1"));
    assertThat(detail.get("validation").isNull()).as("no validation record yet").isTrue();
  }

  @Test
  void triageChangesStatusAndWritesTriageEventsAndAuditEntries() {
    long finding = triagedId(3);
    String until = LocalDate.now().plusDays(14).toString();

    JsonNode accepted = triage(finding, "{\"action\": \"accept\", \"reason\": \"behind the VPN\"}");
    JsonNode deferred = triage(finding, "{\"action\": \"defer\", \"until\": \"" + until + "\"}");
    JsonNode assigned = triage(finding, "{\"action\": \"assign\", \"owner\": \"sam\"}");
    JsonNode reopened = triage(finding, "{\"action\": \"reopen\"}");
    JsonNode detail = server.call("GET", "/api/v1/findings/" + finding, admin, null).json();
    JsonNode audit = server.call("GET", "/api/v1/audit?limit=20", admin, null).json().get("items");

    assertThat(accepted.get("status").asText()).isEqualTo("accepted");
    assertThat(deferred.get("status").asText()).isEqualTo("deferred");
    assertThat(deferred.get("deferredUntil").asText()).isEqualTo(until);
    assertThat(assigned.get("owner").asText()).isEqualTo("sam");
    assertThat(reopened.get("status").asText()).isEqualTo("open");
    assertThat(reopened.get("owner").asText()).isEqualTo("sam");
    JsonNode events = detail.get("triage");
    assertThat(events.findValuesAsText("action")).containsExactly("accept", "defer", "assign", "reopen");
    assertThat(events.findValuesAsText("actor")).containsOnly("admin");
    assertThat(events.get(0).get("reason").asText()).isEqualTo("behind the VPN");
    assertThat(events.get(1).get("until").asText()).isEqualTo(until);
    assertThat(events.get(2).get("owner").asText()).isEqualTo("sam");
    List<String> entries = StreamSupport.stream(audit.spliterator(), false)
        .filter(e -> e.get("target").asText().equals("finding " + finding))
        .map(e -> e.get("action").asText()).toList();
    assertThat(entries).containsExactly("finding.reopen", "finding.assign", "finding.defer", "finding.accept");
  }

  @Test
  void rejectRecordsTheReasonAndRecommendedTopTenLeavesRejectedOut() {
    List<JsonNode> before = items(server.call("GET", "/api/v1/repositories/" + triaged + "/recommended",
        admin, null).json());
    long top = before.get(0).get("id").asLong();

    JsonNode rejected = triage(top, "{\"action\": \"reject\", \"reason\": \"a fixture, not a token\"}");
    List<JsonNode> after = items(server.call("GET", "/api/v1/repositories/" + triaged + "/recommended",
        admin, null).json());
    JsonNode events = server.call("GET", "/api/v1/findings/" + top, admin, null).json().get("triage");
    JsonNode listedRejected = server.call("GET", "/api/v1/findings?repositoryId=" + triaged
        + "&status=rejected", admin, null).json();

    assertThat(before).hasSize(10);
    assertThat(before).extracting(item -> item.get("criticality").asDouble())
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(before).extracting(item -> item.get("status").asText()).doesNotContain("fixed", "rejected");
    assertThat(rejected.get("status").asText()).isEqualTo("rejected");
    assertThat(after).hasSize(10);
    assertThat(ids(after)).doesNotContain(top);
    assertThat(events.get(events.size() - 1).get("reason").asText()).isEqualTo("a fixture, not a token");
    assertThat(ids(items(listedRejected))).contains(top);
  }

  private static long triagedId(int seed) {
    return server.call("GET", "/api/v1/findings?repositoryId=" + triaged + "&path="
        + SEEDS.get(seed).path(), admin, null).json().get("items").get(0).get("id").asLong();
  }

  private static JsonNode triage(long finding, String body) {
    ServerHarness.Response response = server.call("POST", "/api/v1/findings/" + finding + "/triage", admin, body);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<JsonNode> items(JsonNode page) {
    List<JsonNode> items = new ArrayList<>();
    page.get("items").forEach(items::add);
    return items;
  }

  private static List<Long> ids(List<JsonNode> items) {
    return items.stream().map(item -> item.get("id").asLong()).toList();
  }

  /** Returns the value a sort field orders by, as the API shows it. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Function<JsonNode, Comparable> key(String field) {
    return switch (field) {
      case "severity" -> item -> FindingQuery.SEVERITIES.indexOf(item.get("severity").asText());
      case "confidence" -> item -> List.of("high", "medium", "low").indexOf(item.get("confidence").asText());
      case "status", "path", "ruleId", "owner" -> item -> text(item, field);
      case "rule" -> item -> text(item, "ruleId");
      case "cwe", "line" -> item -> item.get(field).asInt();
      case "id" -> item -> item.get("id").asLong();
      case "validated" -> item -> item.get("validated").asBoolean();
      case "commit", "introduced" -> item -> item.get("introducedIn").isNull() ? null
          : Instant.parse(item.get("introducedIn").get("date").asText());
      default -> throw new IllegalArgumentException(field);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int nullsLast(Comparable a, Comparable b) {
    if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
    return a.compareTo(b);
  }

  private static String text(JsonNode item, String field) {
    return item.get(field) == null || item.get(field).isNull() ? null : item.get(field).asText();
  }

  static {
    assertThat(IntStream.range(0, SEEDS.size()).mapToObj(i -> SEEDS.get(i).path()).distinct()).hasSize(SEEDS.size());
  }
}
