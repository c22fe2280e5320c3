package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.engine.validation.ValidationTarget;
import dev.vigil.engine.validation.harness.MarkerHarness;
import dev.vigil.engine.validation.harness.ServletShopFixture;
import dev.vigil.engine.validation.sandbox.Environment;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Limits;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fix kind on one real Git repository of a small Maven project with one file per kind (the
 * servlet-shop fixture's helpers): each kind's patch applies on its own tree, its finding disappears
 * and nothing new appears; all the patches together build and pass the project's JUnit tests in real
 * bubblewrap (setup downloads the dependencies with network, build and tests run offline); and the SQL
 * patch stops the marker harness that reached the sink before it.
 */
class FixKindsSandboxTest {
  /** A fix kind: the rule of its finding and the file that holds it. */
  record Kind(String rule, String path) {}

  static final List<Kind> KINDS = List.of(
      new Kind("java.sql-injection", "src/main/java/fixes/UserLookupServlet.java"),
      new Kind("java.command-injection", "src/main/java/fixes/PingServlet.java"),
      new Kind("java.path-injection", "src/main/java/fixes/ReportServlet.java"),
      new Kind("java.zip-slip", "src/main/java/fixes/ThemeUploadServlet.java"),
      new Kind("java.open-redirect", "src/main/java/fixes/LoginRedirectServlet.java"),
      new Kind("java.xss", "src/main/java/fixes/GreetingServlet.java"),
      new Kind("java.xxe", "src/main/java/fixes/OrderImportServlet.java"),
      new Kind("java.weak-hash", "src/main/java/fixes/PayloadSignatures.java"),
      new Kind("java.predictable-random", "src/main/java/fixes/ResetTokens.java"),
      new Kind("java.cookie-missing-secure", "src/main/java/fixes/SessionCookieServlet.java"),
      new Kind("java.hardcoded-credential", "src/main/java/fixes/ReportingDatabase.java"),
      new Kind("deps.vulnerable-dependency", "pom.xml"),
      new Kind("ci.script-injection", ".github/workflows/triage.yml"));

  /** Setup runs the tests once so their runner is downloaded too; a failing test must not fail setup. */
  static final String SETUP = "mvn -B -q -Dmaven.test.failure.ignore=true package dependency:build-classpath"
      + " -Dmdep.outputFile=/dev/null && rm -rf target";

  @TempDir
  static Path temp;
  static ServletShopFixture shop;
  static List<Analyzer> analyzers;
  static EnvironmentRun run;

  @BeforeAll
  static void commitTheProject() throws Exception {
    analyzers = new ArrayList<>(AnalyzerRegistry.builtIn().all());
    analyzers.add(new DependencyAnalyzer(AdvisoryDatabase.load(
        Path.of(FixKindsSandboxTest.class.getClassLoader().getResource("osv").toURI()))));
    shop = ServletShopFixture.create(temp.resolve("repo"), "/fix/fix-shop", analyzers);
    Environment environment = new Environment("ci", SETUP, ServletShopFixture.BUILD, "mvn -B -q -o test",
        Map.of(), temp.resolve("cache"));
    run = new EnvironmentRun(Sandbox.system(), environment, Limits.defaults(), List.of());
  }

  @AfterAll
  static void closeTheRepository() {
    shop.repo.close();
  }

  @Test
  void eachKindsPatchAppliesAndItsFindingDisappears() {
    PatchValidator validator = new PatchValidator(analyzers, new InMemoryAnalysisCache(), Optional.empty());
    List<String> failed = new ArrayList<>();
    for (Kind kind : KINDS) {
      try (WorkTree tree = checkout()) {
        RemediationPatch patch = propose(kind.rule(), kind.path(), tree);
        PatchValidation validation = validator.validate(tree.path(), target(kind.rule(), kind.path()).finding(), patch);
        if (validation.verdict() != PatchVerdict.VALIDATED) failed.add(kind + ": " + validation + "\n" + patch.diff());
      }
    }

    assertThat(failed).isEmpty();
  }

  @Test
  void allThePatchesTogetherBuildAndPassTheProjectsTestsInTheSandbox() throws Exception {
    try (WorkTree tree = checkout()) {
      SandboxPatchRun sandbox = new SandboxPatchRun(run, Optional.empty());
      RemediationPatch last = null;
      for (Kind kind : KINDS) {
        last = propose(kind.rule(), kind.path(), tree);
        for (FileEdit edit : last.edits()) {
          Files.writeString(tree.path().resolve(edit.path()), edit.after(), StandardCharsets.UTF_8);
        }
      }
      List<ValidationStep> steps = sandbox.after(tree, target(KINDS.get(5).rule(), KINDS.get(5).path()).finding(),
          SandboxPatchRun.Before.nothing(), last);

      assertThat(steps).extracting(ValidationStep::name).containsExactly(SandboxPatchRun.BUILD, SandboxPatchRun.TESTS,
          SandboxPatchRun.REGRESSION_TEST, SandboxPatchRun.MARKER_BLOCKED);
      assertThat(steps.get(0).status()).as(steps.get(0).output()).isEqualTo(ValidationStep.Status.PASSED);
      assertThat(steps.get(1).status()).as(steps.get(1).output()).isEqualTo(ValidationStep.Status.PASSED);
      assertThat(steps.get(2).status()).isEqualTo(ValidationStep.Status.NOT_APPLICABLE);
      assertThat(steps.get(3).status()).isEqualTo(ValidationStep.Status.NOT_APPLICABLE);
    }
  }

  @Test
  void theSqlPatchStopsTheMarkerAndPassesTheRegressionTestThatFailedBeforeIt() {
    String path = KINDS.get(0).path();
    PatchValidator validator = new PatchValidator(analyzers, new InMemoryAnalysisCache(),
        Optional.of(new SandboxPatchRun(run, Optional.of(new MarkerHarness(temp.resolve("agent"))))));
    PatchValidation validation;
    try (WorkTree tree = checkout()) {
      validation = validator.validate(tree, target("java.sql-injection", path).finding(),
          propose("java.sql-injection", path, tree));
    }

    assertThat(validation.verdict()).as(validation.toString()).isEqualTo(PatchVerdict.VALIDATED);
    assertThat(validation.step(SandboxPatchRun.MARKER_BLOCKED).orElseThrow().output())
        .contains("before the patch: the marker reached the sql-injection sink org.h2.jdbc.JdbcStatement.executeQuery")
        .contains("after the patch: marker not observed");
    assertThat(validation.step(SandboxPatchRun.TESTS).orElseThrow().command()).isEqualTo("mvn -B -q -o test");
    ValidationStep regression = validation.step(SandboxPatchRun.REGRESSION_TEST).orElseThrow();
    assertThat(regression.output()).startsWith("before the patch: failed (UserLookupServletSecurityTest failed)\n"
        + "after the patch: passed");
    assertThat(regression.command()).startsWith("// src/test/java/fixes/UserLookupServletSecurityTest.java\n")
        .contains("import org.junit.jupiter.api.Test;").contains("new UserLookupServlet().doGet(request, response);");
  }

  private static WorkTree checkout() {
    return WorkTree.checkout(shop.gitDir(), shop.head.commit(), temp.resolve("work"));
  }

  private static ValidationTarget target(String rule, String path) {
    return shop.target(rule, path);
  }

  private static RemediationPatch propose(String rule, String path, WorkTree tree) {
    Proposal proposal = Remediation.standard().propose(target(rule, path).finding(), SourceFiles.in(tree.path()));
    assertThat(proposal).as(rule + " in " + path + ": " + proposal).isInstanceOf(Proposal.Fixed.class);
    return ((Proposal.Fixed) proposal).patch();
  }
}
