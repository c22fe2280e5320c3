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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each role's limits, and that repositories that are not granted stay invisible. */
class RoleAccessTest {
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static String viewer;
  static String developer;
  static String owner;
  static long granted;
  static long hidden;
  static long hiddenScan;
  static List<Long> grantedFindings;
  static long hiddenFinding;

  @BeforeAll
  static void start() throws Exception {
    for (String name : List.of("granted", "hidden", "connected")) {
      try (GitFixtures repo = GitFixtures.init(temp.resolve(name))) {
        repo.write("README.md", name + "\n").commit("start");
      }
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    granted = server.connect(admin, "granted", temp.resolve("granted"));
    hidden = server.connect(admin, "hidden", temp.resolve("hidden"));
    viewer = server.createUser(admin, "vera", "viewer");
    developer = server.createUser(admin, "dev", "developer");
    owner = server.createUser(admin, "olga", "security_owner");
    for (String user : List.of("vera", "dev", "olga")) server.grant(admin, granted, user);
    FindingStore store = new FindingStore(server.server().database().jdbi());
    store.recordBackfill(granted, 0, IntStream.range(0, 8).mapToObj(i -> new Seed("secrets.github-token",
        798, Severity.CRITICAL, Confidence.HIGH, "conf/granted-" + i + ".env", 1,
        FindingFixtures.sha("a1"), Instant.parse("2024-05-01T00:00:00Z"), null).tracked()).toList());
    store.recordBackfill(hidden, 0, List.of(new Seed("secrets.github-token", 798, Severity.CRITICAL,
        Confidence.HIGH, "conf/hidden.env", 1, FindingFixtures.sha("b2"),
        Instant.parse("2024-05-01T00:00:00Z"), null).tracked()));
    grantedFindings = new ArrayList<>(ids(store, granted));
    hiddenFinding = ids(store, hidden).get(0);
    JsonNode scan = server.call("POST", "/api/v1/scans", admin,
        "{\"repositoryId\": " + hidden + ", \"window\": {\"commits\": 5}, \"branch\": \"main\"}").json();
    hiddenScan = scan.get("id").asLong();
    server.awaitScan(admin, hiddenScan, Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<Long> ids(FindingStore store, long repositoryId) {
    return store.list(new FindingQuery(List.of(repositoryId), null, null, null, null, null, null, null,
        null, null, null, "id", 1, 100)).items().stream().map(FindingRecord::id).toList();
  }

  private static synchronized long nextFinding() {
    return grantedFindings.remove(0);
  }

  private static ServerHarness.Response triage(String token, long finding, String body) {
    return server.call("POST", "/api/v1/findings/" + finding + "/triage", token, body);
  }

  @Test
  void viewerListsAndReadsGrantedFindings() {
    ServerHarness.Response list = server.call("GET", "/api/v1/findings?repositoryId=" + granted, viewer, null);
    long id = list.json().get("items").get(0).get("id").asLong();

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("total").asLong()).isEqualTo(8);
    assertThat(server.call("GET", "/api/v1/findings/" + id, viewer, null).status()).isEqualTo(200);
    assertThat(server.call("GET", "/api/v1/repositories/" + granted, viewer, null).status()).isEqualTo(200);
    assertThat(server.call("GET", "/api/v1/repositories/" + granted + "/recommended", viewer, null)
        .status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"accept", "reopen"})
  void viewerMayNotTriage(String action) {
    ServerHarness.Response response = triage(viewer, grantedFindings.get(0), "{\"action\": \"" + action + "\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(response.json().get("message").asText()).isEqualTo("role viewer may not triage findings");
  }

  @Test
  void viewerMayNotStartScans() {
    ServerHarness.Response response = server.call("POST", "/api/v1/scans", viewer,
        "{\"repositoryId\": " + granted + ", \"branch\": \"main\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).isEqualTo("role viewer may not start scans");
  }

  @Test
  void developerAcceptsDefersAssignsAndReopens() {
    long finding = nextFinding();
    String until = LocalDate.now().plusDays(30).toString();

    ServerHarness.Response accepted = triage(developer, finding, "{\"action\": \"accept\"}");
    ServerHarness.Response deferred = triage(developer, finding,
        "{\"action\": \"defer\", \"until\": \"" + until + "\", \"reason\": \"after the release\"}");
    ServerHarness.Response assigned = triage(developer, finding, "{\"action\": \"assign\", \"owner\": \"dev\"}");
    ServerHarness.Response reopened = triage(developer, finding, "{\"action\": \"reopen\"}");

    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("status").asText()).isEqualTo("accepted");
    assertThat(deferred.json().get("status").asText()).isEqualTo("deferred");
    assertThat(deferred.json().get("deferredUntil").asText()).isEqualTo(until);
    assertThat(assigned.json().get("owner").asText()).isEqualTo("dev");
    assertThat(assigned.json().get("status").asText()).isEqualTo("deferred");
    assertThat(reopened.json().get("status").asText()).isEqualTo("open");
    assertThat(reopened.json().get("deferredUntil").isNull()).isTrue();
  }

  @Test
  void developerMayNotReject() {
    ServerHarness.Response response = triage(developer, grantedFindings.get(0),
        "{\"action\": \"reject\", \"reason\": \"test data\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("message").asText()).isEqualTo("role developer may not reject findings");
  }

  @Test
  void developerMayStartScansButNotConnectRepositories() throws Exception {
    ServerHarness.Response scan = server.call("POST", "/api/v1/scans", developer,
        "{\"repositoryId\": " + granted + ", \"branch\": \"main\", \"window\": {\"commits\": 1}}");
    ServerHarness.Response connect = server.call("POST", "/api/v1/repositories", developer,
        "{\"name\": \"x\", \"url\": \"" + temp.resolve("connected") + "\"}");

    assertThat(scan.status()).isEqualTo(201);
    server.awaitScan(developer, scan.json().get("id").asLong(), Duration.ofSeconds(60));
    assertThat(connect.status()).isEqualTo(403);
    assertThat(connect.json().get("message").asText()).isEqualTo("role developer may not connect repositories");
  }

  @Test
  void securityOwnerRejectsWithAReason() {
    long finding = nextFinding();

    ServerHarness.Response rejected = triage(owner, finding,
        "{\"action\": \"reject\", \"reason\": \"a test fixture, not a real token\"}");

    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.json().get("status").asText()).isEqualTo("rejected");
  }

  @Test
  void securityOwnerConnectsRepositoriesAndSeesThem() {
    ServerHarness.Response connect = server.call("POST", "/api/v1/repositories", owner,
        "{\"name\": \"connected\", \"url\": \"" + temp.resolve("connected") + "\"}");
    long id = connect.json().get("id").asLong();

    assertThat(connect.status()).isEqualTo(201);
    assertThat(server.call("GET", "/api/v1/repositories/" + id, owner, null).status()).isEqualTo(200);
    assertThat(server.call("GET", "/api/v1/repositories/" + id, viewer, null).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "developer", "owner"})
  void repositoryThatIsNotGrantedAnswers404LikeOneThatDoesNotExist(String role) {
    String token = token(role);
    List<String> hiddenPaths = readPaths(hidden, hiddenFinding, hiddenScan);
    List<String> missingPaths = readPaths(999_999, 999_999, 999_999);
    for (int i = 0; i < hiddenPaths.size(); i++) {
      ServerHarness.Response response = server.call("GET", hiddenPaths.get(i), token, null);
      ServerHarness.Response missing = server.call("GET", missingPaths.get(i), token, null);

      assertThat(response.status()).as(role + " GET " + hiddenPaths.get(i)).isEqualTo(404);
      assertThat(missing.status()).as(role + " GET " + missingPaths.get(i)).isEqualTo(404);
      assertThat(response.json().get("error").asText()).isEqualTo("not_found");
      assertThat(response.json().get("message").asText().replaceAll("\\d+", "N"))
          .isEqualTo(missing.json().get("message").asText().replaceAll("\\d+", "N"));
    }
  }

  private static List<String> readPaths(long repository, long finding, long scan) {
    return List.of("/api/v1/repositories/" + repository,
        "/api/v1/repositories/" + repository + "/recommended", "/api/v1/findings/" + finding,
        "/api/v1/findings?repositoryId=" + repository, "/api/v1/scans/" + scan,
        "/api/v1/scans/" + scan + "/skipped", "/api/v1/scans?repositoryId=" + repository);
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "developer", "owner"})
  void actionsOnARepositoryThatIsNotGrantedAnswer404NotForbidden(String role) {
    String token = token(role);

    ServerHarness.Response triage = triage(token, hiddenFinding, "{\"action\": \"reject\", \"reason\": \"x\"}");
    ServerHarness.Response scan = server.call("POST", "/api/v1/scans", token,
        "{\"repositoryId\": " + hidden + ", \"branch\": \"main\"}");

    assertThat(triage.status()).isEqualTo(404);
    assertThat(triage.json().get("message").asText()).isEqualTo("finding " + hiddenFinding + " not found");
    assertThat(scan.status()).isEqualTo(404);
    assertThat(scan.json().get("message").asText()).isEqualTo("repository " + hidden + " not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "developer", "owner"})
  void listsLeaveOutWhatIsNotGranted(String role) {
    String token = token(role);

    JsonNode repositories = server.call("GET", "/api/v1/repositories", token, null).json().get("items");
    JsonNode findings = server.call("GET", "/api/v1/findings?size=500", token, null).json();

    assertThat(repositories.findValuesAsText("name")).contains("granted").doesNotContain("hidden");
    assertThat(findings.get("items").findValues("repositoryId")).extracting(JsonNode::asLong)
        .doesNotContain(hidden);
    assertThat(findings.get("items").findValues("id")).extracting(JsonNode::asLong)
        .doesNotContain(hiddenFinding);
  }

  @Test
  void adminSeesEveryRepository() {
    JsonNode repositories = server.call("GET", "/api/v1/repositories", admin, null).json().get("items");

    assertThat(repositories.findValuesAsText("name")).contains("granted", "hidden");
    assertThat(server.call("GET", "/api/v1/findings/" + hiddenFinding, admin, null).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"viewer", "developer", "owner"})
  void onlyAdminsReadTheAuditLogAndManageUsersAndGrants(String role) {
    String token = token(role);
    String label = role.equals("owner") ? "security_owner" : role;

    ServerHarness.Response audit = server.call("GET", "/api/v1/audit", token, null);
    ServerHarness.Response users = server.call("GET", "/api/v1/users", token, null);
    ServerHarness.Response create = server.call("POST", "/api/v1/users", token,
        "{\"username\": \"mallory\", \"password\": \"long-enough-password\", \"role\": \"admin\"}");
    ServerHarness.Response grant = server.call("POST", "/api/v1/repositories/" + granted + "/grants",
        token, "{\"username\": \"vera\"}");

    assertThat(audit.status()).isEqualTo(403);
    assertThat(audit.json().get("message").asText()).isEqualTo("role " + label + " may not read the audit log");
    assertThat(users.status()).isEqualTo(403);
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.json().get("message").asText()).isEqualTo("role " + label + " may not manage users");
    assertThat(grant.status()).isEqualTo(403);
    assertThat(grant.json().get("message").asText()).isEqualTo("role " + label + " may not grant access");
  }

  @Test
  void usersAreShownWithTheirRoleLabels() {
    JsonNode me = server.call("GET", "/api/v1/me", owner, null).json();
    JsonNode users = server.call("GET", "/api/v1/users", admin, null).json().get("items");

    assertThat(me.get("username").asText()).isEqualTo("olga");
    assertThat(me.get("role").asText()).isEqualTo("security_owner");
    assertThat(users.findValuesAsText("role")).contains("admin", "viewer", "developer", "security_owner");
    assertThat(users.toString()).doesNotContain("password");
  }

  private static String token(String role) {
    return switch (role) {
      case "viewer" -> viewer;
      case "developer" -> developer;
      default -> owner;
    };
  }
}
