package dev.vigil.engine.validation.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.threatmodel.CallGraph;
import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.threatmodel.RepositoryType;
import dev.vigil.engine.threatmodel.ThreatModel;
import dev.vigil.engine.validation.BuildStep;
import dev.vigil.engine.validation.CommitBuild;
import dev.vigil.engine.validation.SandboxStep;
import dev.vigil.engine.validation.Validation;
import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.Verdict;
import dev.vigil.engine.validation.sandbox.Environment;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Limits;
import dev.vigil.engine.validation.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marker harness on a real Maven servlet project in real bubblewrap: setup downloads the
 * dependencies with the network, build and harness run offline; the SQL, command and path
 * injections are reproduced with the marker at the sink, their safe look-alikes are not, a
 * regular expression built from the request is reproduced by timing and one quoted by hand is
 * not, and the injection a later commit removed is not present.
 */
class MarkerHarnessTest {
  @TempDir
  static Path temp;
  static ServletShopFixture shop;
  static CommitBuild build;
  static Validation validation;

  @BeforeAll
  static void buildTheShop() throws Exception {
    shop = ServletShopFixture.create(temp.resolve("repo"));
    Environment environment = new Environment("ci", ServletShopFixture.SETUP, ServletShopFixture.BUILD, null,
        Map.of("SHOP_TOKEN", "s3cret-shop-token"), temp.resolve("cache"));
    build = new CommitBuild(new EnvironmentRun(Sandbox.system(), environment, Limits.defaults(), List.of()),
        shop.gitDir(), temp.resolve("work"));
    validation = Validation.standard(new Reachability(ThreatModel.empty(RepositoryType.MIXED), CallGraph.empty()),
        List.of(new BuildStep(build), new MarkerHarness(build, temp.resolve("agent"), MarkerHarness.DEFAULT_RUNS)),
        Clock.systemUTC());
  }

  @AfterAll
  static void removeTheTree() {
    build.close();
    shop.repo.close();
  }

  @Test
  void sqlInjectionIsReproducedWithTheMarkerInTheStatementText() {
    ValidationRecord record = validation.validate(shop.target("java.sql-injection", ServletShopFixture.SEARCH),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.REPRODUCED);
    assertThat(record.reason()).contains("sink org.h2.jdbc.JdbcStatement.executeQuery intact (argument 0)")
        .contains("SELECT id FROM users WHERE name = 'vigil");
    ValidationStep reproduce = step(record, SandboxStep.REPRODUCE);
    assertThat(reproduce.status()).isEqualTo(ValidationStep.Status.PASSED);
    assertThat(reproduce.output()).contains("entry point: shop.UserSearchServlet.doGet(HttpServletRequest,"
        + " HttpServletResponse)").contains("VIGIL-SINK\torg.h2.jdbc.JdbcStatement.executeQuery\thit\t0");
    assertThat(reproduce.command()).contains("public final class VigilHarness")
        .contains("static final String TYPE = \"shop.UserSearchServlet\";");
    assertThat(step(record, SandboxStep.BUILD).status()).isEqualTo(ValidationStep.Status.PASSED);
  }

  @Test
  void safeLookAlikeThatStripsTheQuoteIsNotReproduced() {
    ValidationRecord record = validation.validate(shop.target("java.sql-injection", ServletShopFixture.FIND),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(record.reason()).startsWith("marker not observed: the entry point returned normally;")
        .contains("sink call(s) without the marker intact, the last org.h2.jdbc.JdbcStatement.executeQuery:")
        .containsPattern("LIKE 'vigil[0-9a-f]{12}%'");
    assertThat(step(record, SandboxStep.REPRODUCE).output()).contains("\tmiss\t0\tSELECT id FROM users WHERE name LIKE");
  }

  @Test
  void commandInjectionIsReproducedWithTheMarkerInTheCommand() {
    ValidationRecord record = validation.validate(shop.target("java.command-injection", ServletShopFixture.PING),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.REPRODUCED);
    assertThat(record.reason()).contains("the marker reached the command-injection sink java.lang.Runtime.exec intact")
        .containsPattern("sh -c ping -c 1 vigil[0-9a-f]{12};\\|");
    assertThat(step(record, SandboxStep.REPRODUCE).output())
        .contains("entry point: shop.PingServlet.doGet(HttpServletRequest, HttpServletResponse)")
        .containsPattern("VIGIL-SINK\tjava.lang.Runtime.exec\thit\t0\tsh -c ping -c 1 vigil[0-9a-f]{12};\\|");
  }

  @Test
  void allowListedCommandIsNotReproduced() {
    ValidationRecord record = validation.validate(shop.target("java.command-injection",
        ServletShopFixture.TOOL_VERSION), shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(record.reason()).isEqualTo("marker not observed: the entry point returned normally; no"
        + " command-injection sink was called");
  }

  @Test
  void pathTraversalIsReproducedWithTheMarkerInTheFileOpened() {
    ValidationRecord record = validation.validate(shop.target("java.path-injection", ServletShopFixture.INVOICE),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.REPRODUCED);
    assertThat(record.reason()).contains("the marker reached the path-injection sink java.io.FileInputStream")
        .containsPattern("/srv/shop/invoices/\\.\\./vigil[0-9a-f]{12}");
    assertThat(step(record, SandboxStep.REPRODUCE).output())
        .containsPattern("VIGIL-SINK\tjava.io.FileInputStream.<init>\thit\t0\t/srv/shop/invoices/\\.\\./vigil");
  }

  @Test
  void pathInsideItsFolderByAContainmentCheckIsNotReproduced() {
    ValidationRecord record = validation.validate(shop.target("java.path-injection", ServletShopFixture.MANUAL),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(record.reason()).startsWith("marker not observed: the entry point returned normally;")
        .doesNotContain("Files.readAllBytes");
  }

  @Test
  void regexFromTheRequestIsReproducedByTimingEvilInput() {
    ValidationRecord record = validation.validate(shop.target("java.regex-injection", ServletShopFixture.USER_FILTER),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.REPRODUCED);
    assertThat(record.reason()).contains("the marker reached the regex-injection sink java.util.regex.Pattern.compile")
        .contains("the pattern backtracks super-linearly on evil input (ReDoS): a match of");
    ValidationStep reproduce = step(record, SandboxStep.REPRODUCE);
    assertThat(reproduce.output()).containsPattern("pattern: \\^vigil[0-9a-f]{12}\\(\\.\\*a\\)\\{12\\}\\$\n")
        .containsPattern("timings \\(input length: best of 3 runs\\): 2: [0-9.]+ ms, 4: ")
        .contains("VIGIL-TIME\t2\t");
    assertThat(reproduce.command()).contains("public final class VigilHarness").contains("class VigilRegexTiming");
  }

  @Test
  void regexQuotedByHandIsNotReproducedByTiming() {
    ValidationRecord record = validation.validate(shop.target("java.regex-injection", ServletShopFixture.TAG_SEARCH),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(record.reason()).contains("the marker reached the regex-injection sink")
        .containsPattern("no super-linear backtracking: a match of 40 characters took [0-9.]+ ms");
    assertThat(step(record, SandboxStep.REPRODUCE).output()).contains("VIGIL-TIME\t40\t");
  }

  @Test
  void injectionWhoseMethodALaterCommitRemovedIsNotPresent() {
    ValidationRecord record = validation.validate(shop.target("java.sql-injection", ServletShopFixture.SEARCH, false),
        shop.head);

    assertThat(record.verdict()).as(record.toString()).isEqualTo(Verdict.NOT_PRESENT);
    assertThat(record.reason()).isEqualTo("re-analysis of " + ServletShopFixture.SEARCH + " at "
        + shop.head.shortCommit() + " no longer reports java.sql-injection: the code is gone at the head");
    assertThat(step(record, SandboxStep.BUILD).status()).isEqualTo(ValidationStep.Status.NOT_APPLICABLE);
    assertThat(step(record, SandboxStep.REPRODUCE).output()).isEqualTo("Not run: the finding is not present at "
        + shop.head.shortCommit() + ".");
  }

  @Test
  void harnessesPastTheCapAreNotRunAndSaySo() {
    Validation capped = Validation.standard(new Reachability(ThreatModel.empty(RepositoryType.MIXED),
        CallGraph.empty()), List.of(new BuildStep(build), new MarkerHarness(build, temp.resolve("agent"), 1)),
        Clock.systemUTC());

    ValidationRecord first = capped.validate(shop.target("java.command-injection", ServletShopFixture.PING), shop.head);
    ValidationRecord second = capped.validate(shop.target("java.path-injection", ServletShopFixture.INVOICE),
        shop.head);

    assertThat(first.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(second.verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
    assertThat(second.reason()).isEqualTo("not run: this validation already ran 1 harnesses, the cap per scan (the"
        + " findings validated first, by severity, got them)");
    assertThat(step(second, SandboxStep.REPRODUCE).status()).isEqualTo(ValidationStep.Status.NOT_APPLICABLE);
  }

  @Test
  void buildRunsOncePerCommitForEveryFinding() {
    CommitBuild.Outcome first = build.at(shop.head.commit());
    assertThat(build.at(shop.head.commit())).isSameAs(first);
    assertThat(first.built()).isTrue();
    assertThat(first.phases()).extracting(p -> p.phase().label()).containsExactly("setup", "build");
  }

  private static ValidationStep step(ValidationRecord record, String name) {
    return record.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
