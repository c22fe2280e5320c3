package dev.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.GitFixtures;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.jobs.HealthCheckRunner;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.SandboxSettings;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health checks through the API, in the real sandbox over a real repository: setup, build and
 * test at the head of the branch, the secret seen by setup only and masked in every output.
 */
class HealthCheckApiTest {
  private static final String TOKEN = "deploy-token-value-5e1c77";
  private static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static String developer;
  static String viewer;
  static long repository;
  static final List<String> bodies = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    try (GitFixtures repo = GitFixtures.init(temp.resolve("shop"))) {
      repo.write("build.sh", "echo compiled > app.bin\n").commit("first");
      repo.write("build.sh", "echo compiled at head > app.bin\n").commit("head");
    }
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    repository = server.connect(admin, "shop", temp.resolve("shop"));
    developer = server.createUser(admin, "dev", "developer");
    viewer = server.createUser(admin, "vera", "viewer");
    server.grant(admin, repository, "dev");
    server.grant(admin, repository, "vera");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ServerHarness.Response call(String method, String path, String token, String body) {
    ServerHarness.Response response = server.call(method, path, token, body);
    bodies.add(response.body());
    return response;
  }

  private static long environment(String json) {
    ServerHarness.Response created = call("POST", "/api/v1/repositories/" + repository + "/environments", admin, json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  @Test
  void passingCheckRunsEveryStepAndTheSecretStaysInSetup() throws Exception {
    long id = environment("{\"name\": \"ci\", \"setupScript\": \"echo setup sees $DEPLOY_TOKEN; "
        + "echo $DEPLOY_TOKEN > $HOME/token; mkdir -p ~/.m2 && echo cached > ~/.m2/dep.jar\", "
        + "\"buildCommand\": \"cat ~/.m2/dep.jar; env | grep -c DEPLOY_TOKEN || true; ls ~/token || true; sh build.sh\", "
        + "\"testCommand\": \"cat app.bin\", \"secrets\": {\"DEPLOY_TOKEN\": \"" + TOKEN + "\"}}");
    assertThat(call("GET", "/api/v1/environments/" + id + "/health", admin, null).status()).isEqualTo(404);

    ServerHarness.Response started = call("POST", "/api/v1/environments/" + id + "/health-check", developer, null);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().get("state").asText()).isIn("queued", "running");
    JsonNode health = server.awaitHealth(viewer, id, WAIT);

    assertThat(health.get("state").asText()).as(health.toString()).isEqualTo("passed");
    assertThat(health.get("startedAt").isTextual()).isTrue();
    JsonNode steps = health.get("steps");
    assertThat(steps).hasSize(3);
    assertThat(steps.findValuesAsText("name")).containsExactly("setup", "build", "test");
    assertThat(steps.findValuesAsText("status")).containsExactly("passed", "passed", "passed");
    for (JsonNode step : steps) {
      assertThat(step.get("exitCode").asInt()).isZero();
      assertThat(step.has("durationMillis")).isTrue();
      assertThat(step.has("limitHit")).isFalse();
    }
    assertThat(steps.get(0).get("output").asText()).isEqualTo("setup sees [secret DEPLOY_TOKEN]\n");
    assertThat(steps.get(1).get("output").asText()).startsWith("cached\n0\n").contains("No such file");
    assertThat(steps.get(2).get("output").asText()).isEqualTo("compiled at head\n");
    assertThat(String.join("\n", bodies)).doesNotContain(TOKEN);
  }

  @Test
  void failedBuildSkipsTheTestsAndFailsTheCheck() throws Exception {
    long id = environment("{\"name\": \"broken\", \"buildCommand\": \"echo compiling; exit 3\", "
        + "\"testCommand\": \"echo never\"}");
    call("POST", "/api/v1/environments/" + id + "/health-check", admin, null);
    JsonNode health = server.awaitHealth(admin, id, WAIT);

    assertThat(health.get("state").asText()).isEqualTo("failed");
    JsonNode steps = health.get("steps");
    assertThat(steps.get(0).get("status").asText()).isEqualTo("skipped");
    assertThat(steps.get(0).get("output").asText()).isEqualTo("not configured");
    assertThat(steps.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(steps.get(1).get("exitCode").asInt()).isEqualTo(3);
    assertThat(steps.get(1).get("output").asText()).isEqualTo("compiling\n");
    assertThat(steps.get(2).get("status").asText()).isEqualTo("skipped");
    assertThat(steps.get(2).get("output").asText()).isEqualTo("not run: the build step failed");
  }

  @Test
  void buildWithoutNetworkFailsCleanly() throws Exception {
    long id = environment("{\"name\": \"online\", \"buildCommand\": "
        + "\"bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' || { echo offline; exit 1; }\"}");
    call("POST", "/api/v1/environments/" + id + "/health-check", admin, null);
    JsonNode build = server.awaitHealth(admin, id, WAIT).get("steps").get(1);

    assertThat(build.get("status").asText()).isEqualTo("failed");
    assertThat(build.get("output").asText()).contains("offline");
    assertThat(build.has("limitHit")).isFalse();
  }

  @Test
  void withoutBubblewrapTheStepFailsWithTheReasonAndNothingRuns() throws Exception {
    long id = environment("{\"name\": \"nosandbox\", \"setupScript\": \"echo ran\", \"testCommand\": \"true\"}");
    Path data = temp.resolve("data");
    Jdbi jdbi = server.server().database().jdbi();
    HealthCheckStore checks = new HealthCheckStore(jdbi);
    SecretBox box = SecretBox.fromKeyFile(data.resolve("secret.key"));
    HealthCheckRunner runner = new HealthCheckRunner(checks, new EnvironmentStore(jdbi, box),
        new RepositoryStore(jdbi, box), new RepositoryMirrors(data.resolve("mirrors")),
        Sandbox.withBubblewrap(temp.resolve("no-bwrap")), SandboxSettings.in(data));
    long check = checks.queue(id, "admin").id();
    runner.run(check);
    JsonNode health = call("GET", "/api/v1/environments/" + id + "/health", admin, null).json();

    assertThat(health.get("state").asText()).isEqualTo("failed");
    JsonNode setup = health.get("steps").get(0);
    assertThat(setup.get("status").asText()).isEqualTo("failed");
    assertThat(setup.get("exitCode").isNull()).isTrue();
    assertThat(setup.get("output").asText()).isEqualTo("the sandbox could not start, so nothing ran: "
        + "bubblewrap is not installed (" + temp.resolve("no-bwrap") + " not found): install the package "
        + "bubblewrap; Vigil never runs a repository's commands without the sandbox");
    assertThat(health.get("steps").get(2).get("output").asText()).isEqualTo("not run: the setup step failed");
  }

  @Test
  void viewersReadHealthButMayNotStartChecks() {
    long id = environment("{\"name\": \"readonly\", \"testCommand\": \"true\"}");
    ServerHarness.Response denied = call("POST", "/api/v1/environments/" + id + "/health-check", viewer, null);
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().get("message").asText()).isEqualTo("role viewer may not run health checks");
    ServerHarness.Response none = call("GET", "/api/v1/environments/" + id + "/health", viewer, null);
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("message").asText()).isEqualTo("environment " + id + " has no health check yet");
  }
}
