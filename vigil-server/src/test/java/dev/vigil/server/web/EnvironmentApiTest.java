package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.store.EnvironmentStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Environments through the API: stored, listed and changed; secrets sealed and never answered. */
class EnvironmentApiTest {
  private static final String API_KEY = "api-key-value-7f3a9c";
  private static final String DB_PASSWORD = "db-password-value-2b81e4";
  private static final String NEW_TOKEN = "new-token-value-c04d55";
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static String owner;
  static String developer;
  static String viewer;
  static long granted;
  static long hidden;
  static long hiddenEnvironment;
  /** Every response body of the test class, to prove no secret value was ever answered. */
  static final List<String> bodies = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    for (String name : List.of("granted", "hidden")) {
      try (GitFixtures repo = GitFixtures.init(temp.resolve(name))) {
        repo.write("README.md", name + "\n").commit("start");
      }
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    granted = server.connect(admin, "granted", temp.resolve("granted"));
    hidden = server.connect(admin, "hidden", temp.resolve("hidden"));
    owner = server.createUser(admin, "olga", "security_owner");
    developer = server.createUser(admin, "dev", "developer");
    viewer = server.createUser(admin, "vera", "viewer");
    for (String user : List.of("olga", "dev", "vera")) server.grant(admin, granted, user);
    hiddenEnvironment = call("POST", "/api/v1/repositories/" + hidden + "/environments", admin,
        "{\"name\": \"hidden-ci\"}").json().get("id").asLong();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ServerHarness.Response call(String method, String path, String token, String body) {
    ServerHarness.Response response = server.call(method, path, token, body);
    synchronized (bodies) {
      bodies.add(response.body());
    }
    return response;
  }

  private static ServerHarness.Response create(String token, long repository, String body) {
    return call("POST", "/api/v1/repositories/" + repository + "/environments", token, body);
  }

  @Test
  void securityOwnerCreatesListsReadsAndUpdatesWithSecretsByNameOnly() {
    ServerHarness.Response created = create(owner, granted, "{\"name\": \"ci\", \"defaultBranch\": \"main\", "
        + "\"setupScript\": \"npm ci\\n\", \"buildCommand\": \"npm run build\", \"testCommand\": \"npm test\", "
        + "\"secrets\": {\"API_KEY\": \"" + API_KEY + "\", \"DB_PASSWORD\": \"" + DB_PASSWORD + "\"}}");
    long id = created.json().get("id").asLong();

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("repositoryId").asLong()).isEqualTo(granted);
    assertThat(created.json().get("setupScript").asText()).isEqualTo("npm ci\n");
    assertThat(names(created.json())).containsExactly("API_KEY", "DB_PASSWORD");
    JsonNode listed = call("GET", "/api/v1/repositories/" + granted + "/environments", viewer, null).json();
    assertThat(listed.get("items").findValuesAsText("name")).contains("ci");
    JsonNode read = call("GET", "/api/v1/environments/" + id, developer, null).json();
    assertThat(read.get("buildCommand").asText()).isEqualTo("npm run build");
    assertThat(names(read)).containsExactly("API_KEY", "DB_PASSWORD");

    ServerHarness.Response updated = call("PUT", "/api/v1/environments/" + id, owner, "{\"name\": \"ci\", "
        + "\"testCommand\": \"npm test -- --ci\", \"secrets\": {\"DB_PASSWORD\": null, \"NEW_TOKEN\": \""
        + NEW_TOKEN + "\"}}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("testCommand").asText()).isEqualTo("npm test -- --ci");
    assertThat(updated.json().get("buildCommand").isNull()).isTrue();
    assertThat(names(updated.json())).containsExactly("API_KEY", "NEW_TOKEN");
    assertThat(updated.json().get("updatedAt").isNull()).isFalse();
    EnvironmentStore store = new EnvironmentStore(server.server().database().jdbi(),
        SecretBox.fromKeyFile(temp.resolve("data/secret.key")));
    assertThat(store.secrets(id)).isEqualTo(Map.of("API_KEY", API_KEY, "NEW_TOKEN", NEW_TOKEN));

    String audit = call("GET", "/api/v1/audit", admin, null).body();
    assertThat(audit).contains("environment.created", "environment.updated", "API_KEY", "DB_PASSWORD", "NEW_TOKEN");
    for (String value : List.of(API_KEY, DB_PASSWORD, NEW_TOKEN)) {
      synchronized (bodies) {
        assertThat(bodies).as("response bodies").noneMatch(body -> body.contains(value));
      }
      assertThat(table("audit_log")).as("audit rows").doesNotContain(value);
      assertThat(table("environments")).as("environments rows").doesNotContain(value);
    }
    assertThat(table("environments")).contains("API_KEY", "v1:");
  }

  private static List<String> names(JsonNode environment) {
    List<String> names = new ArrayList<>();
    environment.get("secretNames").forEach(name -> names.add(name.asText()));
    return names;
  }

  /** Returns every row of a table as text, to search it for plain secrets. */
  private static String table(String name) {
    return server.server().database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + name)
        .mapToMap().list()).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"developer", "viewer"})
  void developersAndViewersReadButMayNotManage(String role) {
    String token = role.equals("viewer") ? viewer : developer;
    long id = create(owner, granted, "{\"name\": \"read-by-" + role + "\"}").json().get("id").asLong();

    ServerHarness.Response list = call("GET", "/api/v1/repositories/" + granted + "/environments", token, null);
    ServerHarness.Response get = call("GET", "/api/v1/environments/" + id, token, null);
    ServerHarness.Response post = create(token, granted, "{\"name\": \"mine\"}");
    ServerHarness.Response put = call("PUT", "/api/v1/environments/" + id, token, "{\"name\": \"renamed\"}");

    assertThat(list.status()).isEqualTo(200);
    assertThat(get.status()).isEqualTo(200);
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.json().get("message").asText()).isEqualTo("role " + role + " may not manage environments");
    assertThat(put.status()).isEqualTo(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner", "developer", "viewer"})
  void environmentsOfARepositoryThatIsNotGrantedAnswer404LikeMissingOnes(String role) {
    String token = switch (role) {
      case "owner" -> owner;
      case "developer" -> developer;
      default -> viewer;
    };

    ServerHarness.Response list = call("GET", "/api/v1/repositories/" + hidden + "/environments", token, null);
    ServerHarness.Response post = create(token, hidden, "{\"name\": \"x\"}");
    ServerHarness.Response get = call("GET", "/api/v1/environments/" + hiddenEnvironment, token, null);
    ServerHarness.Response missing = call("GET", "/api/v1/environments/999999", token, null);
    ServerHarness.Response put = call("PUT", "/api/v1/environments/" + hiddenEnvironment, token, "{\"name\": \"x\"}");

    assertThat(List.of(list.status(), post.status(), get.status(), missing.status(), put.status()))
        .containsOnly(404);
    assertThat(get.json().get("message").asText()).isEqualTo("environment " + hiddenEnvironment + " not found");
    assertThat(missing.json().get("message").asText()).isEqualTo("environment 999999 not found");
    assertThat(call("GET", "/api/v1/environments/" + hiddenEnvironment, admin, null).status()).isEqualTo(200);
  }

  @Test
  void badInputNamesTheField() {
    create(owner, granted, "{\"name\": \"taken\"}");
    long other = create(owner, granted, "{\"name\": \"other\"}").json().get("id").asLong();
    Map<String, String> fieldOfBody = new java.util.LinkedHashMap<>();
    fieldOfBody.put("{}", "name");
    fieldOfBody.put("{\"name\": \"  \"}", "name");
    fieldOfBody.put("{\"name\": \"" + "n".repeat(201) + "\"}", "name");
    fieldOfBody.put("{\"name\": \"taken\"}", "name");
    fieldOfBody.put("{\"name\": \"e\", \"defaultBranch\": \"" + "b".repeat(201) + "\"}", "defaultBranch");
    fieldOfBody.put("{\"name\": \"e\", \"setupScript\": \"" + "s".repeat(10_001) + "\"}", "setupScript");
    fieldOfBody.put("{\"name\": \"e\", \"buildCommand\": \"" + "b".repeat(2_001) + "\"}", "buildCommand");
    fieldOfBody.put("{\"name\": \"e\", \"testCommand\": \"" + "t".repeat(2_001) + "\"}", "testCommand");
    fieldOfBody.put("{\"name\": \"e\", \"testCommand\": 3}", "testCommand");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": [\"A\"]}", "secrets");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"lower_case\": \"v\"}}", "secrets");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"9LIVES\": \"v\"}}", "secrets");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"A-B\": \"v\"}}", "secrets");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"NUMBER\": 3}}", "secrets");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"EMPTY\": \"\"}}", "secrets.EMPTY");
    fieldOfBody.put("{\"name\": \"e\", \"secrets\": {\"HUGE\": \"" + "h".repeat(10_001) + "\"}}", "secrets.HUGE");
    fieldOfBody.forEach((body, field) -> {
      ServerHarness.Response response = create(owner, granted, body);

      assertThat(response.status()).as(body.length() > 80 ? body.substring(0, 80) : body).isEqualTo(400);
      assertThat(response.json().get("error").asText()).isEqualTo("bad_request");
      assertThat(response.json().get("field").asText()).as(body.length() > 80 ? body.substring(0, 80) : body)
          .isEqualTo(field);
    });
    ServerHarness.Response rename = call("PUT", "/api/v1/environments/" + other, owner, "{\"name\": \"taken\"}");
    assertThat(rename.status()).isEqualTo(400);
    assertThat(rename.json().get("field").asText()).isEqualTo("name");
    assertThat(rename.json().get("message").asText()).contains("already exists");
    assertThat(create(owner, granted, "{\"name\": \"" + "n".repeat(200) + "\"}").status())
        .isEqualTo(201);
  }

  @Test
  void scansTakeAnEnvironmentOfTheirRepositoryOnly() throws Exception {
    long environment = create(owner, granted, "{\"name\": \"scan-env\"}").json().get("id").asLong();

    ServerHarness.Response scan = call("POST", "/api/v1/scans", owner, "{\"repositoryId\": " + granted
        + ", \"branch\": \"main\", \"window\": {\"commits\": 1}, \"environmentId\": " + environment + "}");
    ServerHarness.Response foreign = call("POST", "/api/v1/scans", admin, "{\"repositoryId\": " + granted
        + ", \"branch\": \"main\", \"environmentId\": " + hiddenEnvironment + "}");
    ServerHarness.Response missing = call("POST", "/api/v1/scans", owner, "{\"repositoryId\": " + granted
        + ", \"branch\": \"main\", \"environmentId\": 999999}");

    assertThat(scan.status()).isEqualTo(201);
    assertThat(scan.json().get("environmentId").asLong()).isEqualTo(environment);
    server.awaitScan(owner, scan.json().get("id").asLong(), Duration.ofSeconds(60));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("field").asText()).isEqualTo("environmentId");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText()).isEqualTo("no environment 999999 in repository " + granted);
  }
}
