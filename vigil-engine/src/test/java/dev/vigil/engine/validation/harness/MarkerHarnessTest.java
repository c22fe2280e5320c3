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
 * dependencies with the network, build and harness run offline; the SQL injection is reproduced
 * with the marker in the statement text, the safe look-alike is not.
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
        List.of(new BuildStep(build), new MarkerHarness(build, temp.resolve("agent"))), Clock.systemUTC());
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
