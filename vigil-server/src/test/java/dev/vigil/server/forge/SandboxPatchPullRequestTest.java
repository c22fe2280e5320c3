package dev.vigil.server.forge;

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
 * From a finding to a fix branch through the server, in real bubblewrap with real Maven: the
 * engine's fix-shop project (a servlet with a SQL injection, JUnit 5 tests) connected by its path
 * with an environment, a proposed patch that carries its regression test and is validating until
 * the background job built it, ran the project's tests and the regression test before and after
 * it; then approved, and published as a branch that holds exactly the fix and the test.
 */
class SandboxPatchPullRequestTest {
  static final String SERVLET = "src/main/java/fixes/UserLookupServlet.java";
  static final String TEST = "src/test/java/fixes/UserLookupServletSecurityTest.java";
  @TempDir static Path temp;
  static ServerHarness server;
  static String admin;
  static long repositoryId;
  static String head;
  static FixShop shop;
  static final String PING = "src/main/java/fixes/PingServlet.java";
  /** The command injection's patch, proposed before the repository had an environment. */
  static ServerHarness.Response withoutEnvironment;

  @BeforeAll
  static void scanThenAddAnEnvironment() throws Exception {
    server = ServerHarness.start(temp.resolve("data"));
    admin = server.adminToken();
    shop = FixShop.scanned(server, admin, temp.resolve("fix-shop"));
    repositoryId = shop.repositoryId();
    head = shop.head();
    // The findings are validated without a sandbox first, so only the patch's validation runs Maven.
    ValidatedShop.awaitValidated(server, admin, repositoryId, Duration.ofSeconds(120));
    withoutEnvironment = server.call("POST", "/api/v1/findings/" + finding("java.command-injection", PING) + "/patch",
        admin, null);
    ServerHarness.Response environment = server.call("POST", "/api/v1/repositories/" + repositoryId + "/environments",
        admin, """
            {"name": "ci", "setupScript": "mvn -B -q -Dmaven.test.failure.ignore=true package dependency:build-classpath -Dmdep.outputFile=/dev/null && rm -rf target",
             "buildCommand": "mvn -B -q -o -DskipTests package", "testCommand": "mvn -B -q -o test"}""");
    assertThat(environment.status()).as(environment.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @Test
  void aPatchValidatedInTheSandboxBecomesABranchWithExactlyTheFixAndItsRegressionTest() throws Exception {
    long sql = finding("java.sql-injection", SERVLET);

    ServerHarness.Response proposed = server.call("POST", "/api/v1/findings/" + sql + "/patch", admin, null);

    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    JsonNode patch = proposed.json();
    long id = patch.get("id").asLong();
    assertThat(patch.at("/validation/verdict").asText()).isEqualTo("validating");
    assertThat(steps(patch)).containsExactly("applies:passed", "finding-gone:passed", "no-new-finding:passed",
        "parses:passed");
    assertThat(patch.get("files")).extracting(JsonNode::asText).containsExactly(SERVLET, TEST);
    assertThat(patch.get("diff").asText()).contains("diff --git a/" + TEST + " b/" + TEST
        + "\nnew file mode 100644\n--- /dev/null\n+++ b/" + TEST + "\n");
    ServerHarness.Response early = server.call("POST", "/api/v1/patches/" + id + "/approval", admin, null);
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().get("error").asText()).isEqualTo("patch_validating");

    JsonNode validated = awaitValidation(id, Duration.ofMinutes(12));

    assertThat(validated.at("/validation/verdict").asText()).as(validated.toPrettyString()).isEqualTo("validated");
    assertThat(steps(validated)).containsExactly("applies:passed", "finding-gone:passed", "no-new-finding:passed",
        "parses:passed", "build:passed", "tests:passed", "regression-test:passed", "marker-blocked:passed");
    JsonNode regression = validated.at("/validation/steps/6");
    assertThat(regression.get("output").asText()).startsWith("before the patch: failed (UserLookupServletSecurityTest "
        + "failed)\nafter the patch: passed");
    assertThat(regression.get("command").asText()).startsWith("// " + TEST + "\n");
    assertThat(validated.at("/validation/steps/5/command").asText()).isEqualTo("mvn -B -q -o test");

    assertThat(server.call("POST", "/api/v1/patches/" + id + "/approval", admin, null).status()).isEqualTo(200);
    ServerHarness.Response published = server.call("POST", "/api/v1/findings/" + sql + "/pull-request", admin, null);

    assertThat(published.status()).as(published.body()).isEqualTo(201);
    Path repository = temp.resolve("fix-shop");
    String branch = published.json().get("branch").asText();
    assertThat(GitCommand.run(repository, "rev-parse", branch + "^")).isEqualTo(head + "\n");
    assertThat(GitCommand.run(repository, "diff", "--name-status", head, branch)).isEqualTo("M\t" + SERVLET + "\nA\t" + TEST + "\n");
    String test = regression.get("command").asText();
    assertThat(GitCommand.run(repository, "show", branch + ":" + TEST)).isEqualTo(test.substring(test.indexOf('\n') + 1));
    assertThat(server.call("GET", "/api/v1/patches/" + id + "/format-patch", admin, null).body())
        .contains("diff --git a/" + SERVLET + " b/" + SERVLET + "\n", "diff --git a/" + TEST + " b/" + TEST
            + "\nnew file mode 100644\n");
  }

  @Test
  void withoutAnEnvironmentAPatchIsFinalAtOnceAndCarriesNoTestAndTheServerFindsTheSinksOwnCall() {
    assertThat(withoutEnvironment.status()).as(withoutEnvironment.body()).isEqualTo(201);
    JsonNode patch = withoutEnvironment.json();

    assertThat(patch.at("/validation/verdict").asText()).isEqualTo("validated");
    assertThat(steps(patch)).containsExactly("applies:passed", "finding-gone:passed", "no-new-finding:passed",
        "parses:passed", "build:not-applicable");
    assertThat(patch.get("files")).extracting(JsonNode::asText).containsExactly(PING);
    // new ProcessBuilder(...) and its .start() begin at the same column: the stored finding keeps the sink's.
    assertThat(patch.get("diff").asText()).contains("+    Process process = new ProcessBuilder(\"ping\", \"-c\", \"1\", "
        + "\"--\", host).start();\n");
  }

  private static JsonNode awaitValidation(long patchId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode patch = server.call("GET", "/api/v1/patches/" + patchId, admin, null).json();
      if (!patch.at("/validation/verdict").asText().equals("validating")) return patch;
      Thread.sleep(1000);
    }
    throw new AssertionError("patch " + patchId + " still validating after " + timeout);
  }

  private static List<String> steps(JsonNode patch) {
    List<String> names = new ArrayList<>();
    patch.at("/validation/steps").forEach(s -> names.add(s.get("name").asText() + ":" + s.get("status").asText()));
    return names;
  }

  private static long finding(String rule, String path) {
    return shop.finding(rule, path);
  }

}
