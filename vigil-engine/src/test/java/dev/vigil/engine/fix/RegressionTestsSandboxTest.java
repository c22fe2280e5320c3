package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.validation.ValidationStep;
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
 * The security regression tests beyond servlet handlers, on a real Git repository of a small JUnit 4
 * Maven project: a JAX-RS resource (path traversal), a plain method a resource calls (command
 * injection), a JAX-RS form parameter and a servlet body parsed as XML (XXE). Each kind's patch
 * removes its finding; in real bubblewrap, the generated tests compile and fail on the unpatched
 * tree, and pass, with the project's own test, once all the patches are applied.
 */
class RegressionTestsSandboxTest {
  static final List<FixKindsSandboxTest.Kind> KINDS = List.of(
      new FixKindsSandboxTest.Kind("java.path-injection", "src/main/java/shop/rest/ReportResource.java"),
      new FixKindsSandboxTest.Kind("java.command-injection", "src/main/java/shop/rest/NetworkTools.java"),
      new FixKindsSandboxTest.Kind("java.xxe", "src/main/java/shop/rest/FeedResource.java"),
      new FixKindsSandboxTest.Kind("java.xxe", "src/main/java/shop/rest/OrderImportServlet.java"));

  @TempDir
  static Path temp;
  static ServletShopFixture shop;
  static EnvironmentRun run;

  @BeforeAll
  static void commitTheProject() throws Exception {
    shop = ServletShopFixture.create(temp.resolve("repo"), "/fix/rest-shop", AnalyzerRegistry.builtIn().all());
    Environment environment = new Environment("ci", FixKindsSandboxTest.SETUP, ServletShopFixture.BUILD,
        "mvn -B -q -o test", Map.of(), temp.resolve("cache"));
    run = new EnvironmentRun(Sandbox.system(), environment, Limits.defaults(), List.of());
  }

  @AfterAll
  static void closeTheRepository() {
    shop.repo.close();
  }

  @Test
  void eachKindGetsARegressionTestAndAPatchThatRemovesItsFinding() {
    PatchValidator validator = new PatchValidator(AnalyzerRegistry.builtIn().all(), new InMemoryAnalysisCache(),
        Optional.empty());
    List<String> failed = new ArrayList<>();
    for (FixKindsSandboxTest.Kind kind : KINDS) {
      try (WorkTree tree = checkout()) {
        Finding finding = shop.target(kind.rule(), kind.path()).finding();
        RegressionTests.Outcome test = RegressionTests.of(finding, SourceFiles.in(tree.path()));
        if (!(test instanceof RegressionTests.RegressionTest)) failed.add(kind + ": " + test);
        PatchValidation validation = validator.validate(tree.path(), finding, propose(finding, tree));
        if (validation.verdict() != PatchVerdict.VALIDATED) failed.add(kind + ": " + validation);
      }
    }

    assertThat(failed).isEmpty();
  }

  @Test
  void theTestsFailOnTheUnpatchedTreeAndPassWithThePatchesInTheSandbox() throws Exception {
    try (WorkTree tree = checkout()) {
      List<RegressionTests.RegressionTest> tests = new ArrayList<>();
      List<RemediationPatch> patches = new ArrayList<>();
      for (FixKindsSandboxTest.Kind kind : KINDS) {
        Finding finding = shop.target(kind.rule(), kind.path()).finding();
        RegressionTests.RegressionTest test = (RegressionTests.RegressionTest) RegressionTests.of(finding,
            SourceFiles.in(tree.path()));
        patches.add(propose(finding, tree));
        Files.createDirectories(tree.path().resolve(test.path()).getParent());
        Files.writeString(tree.path().resolve(test.path()), test.source(), StandardCharsets.UTF_8);
        tests.add(test);
      }
      Finding last = shop.target(KINDS.get(3).rule(), KINDS.get(3).path()).finding();
      SandboxPatchRun sandbox = new SandboxPatchRun(run, Optional.empty());
      SandboxPatchRun.Before before = sandbox.before(tree, last, tests.get(3));
      for (RemediationPatch patch : patches) {
        for (FileEdit edit : patch.edits()) {
          Files.writeString(tree.path().resolve(edit.path()), edit.after(), StandardCharsets.UTF_8);
        }
      }
      List<ValidationStep> steps = sandbox.after(tree, last, before, patches.get(3));

      String was = before.testRun().orElseThrow().output();
      for (RegressionTests.RegressionTest test : tests) {
        assertThat(was).contains(test.className().substring(test.className().lastIndexOf('.') + 1) + ".untrustedValue");
      }
      assertThat(was).doesNotContain("FeedResourceTest.counts").doesNotContain("COMPILATION ERROR");
      assertThat(steps.get(0).status()).as(steps.get(0).output()).isEqualTo(ValidationStep.Status.PASSED);
      assertThat(steps.get(1).status()).as(steps.get(1).output()).isEqualTo(ValidationStep.Status.PASSED);
      assertThat(steps.get(2).status()).as(steps.get(2).output()).isEqualTo(ValidationStep.Status.PASSED);
      assertThat(steps.get(2).output()).startsWith("before the patch: failed (OrderImportServletSecurityTest failed)");
    }
  }

  private static WorkTree checkout() {
    return WorkTree.checkout(shop.gitDir(), shop.head.commit(), temp.resolve("work"));
  }

  private static RemediationPatch propose(Finding finding, WorkTree tree) {
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.in(tree.path()));
    assertThat(proposal).as(finding + ": " + proposal).isInstanceOf(Proposal.Fixed.class);
    return ((Proposal.Fixed) proposal).patch();
  }
}
