package dev.vigil.engine.analysis.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowAnalyzerTest {
  private final WorkflowAnalyzer analyzer = WorkflowAnalyzer.withBuiltInRules();

  private List<Finding> analyze(String yaml) {
    return analyzer.analyze(new AnalysisContext(".github/workflows/ci.yml", "blob",
        yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsOnlyWorkflowFiles() {
    assertThat(analyzer.reads(".github/workflows/ci.yml")).isTrue();
    assertThat(analyzer.reads(".github/workflows/release.yaml")).isTrue();
    assertThat(analyzer.reads("sub/project/.github/workflows/ci.yml")).isTrue();
    assertThat(analyzer.reads(".github/workflows/scripts/x.yml")).isFalse();
    assertThat(analyzer.reads(".github/dependabot.yml")).isFalse();
    assertThat(analyzer.reads("x.github/workflows/ci.yml")).isFalse();
    assertThat(analyzer.reads(".github/workflows/README.md")).isFalse();
  }

  @Test
  void reportsScriptInjectionWithWhatWhyAndFix() {
    List<Finding> findings = analyze("""
        on: issues
        permissions: {}
        jobs:
          triage:
            runs-on: ubuntu-latest
            steps:
              - name: Echo
                run: |
                  echo start
                  echo "${{ github.event.issue.title }}"
        """);
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo("ci.script-injection");
    assertThat(finding.cwe()).isEqualTo(94);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.location().line()).isEqualTo(10);
    assertThat(finding.excerpt()).isEqualTo("echo \"${{ github.event.issue.title }}\"");
    assertThat(finding.contextKey()).isEqualTo("triage|github.event.issue.title");
    assertThat(finding.message()).startsWith("Step 'Echo' of job 'triage' pastes "
        + "${{ github.event.issue.title }} into the run: script. The runner substitutes");
    assertThat(finding.message()).contains("Pass the value through an environment variable");
  }

  @Test
  void ratesUnpinnedActionsByWhoCanMoveTheirReference() {
    List<Finding> findings = analyze("""
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-java@main
              - uses: acme/build@v1.2.0
              - uses: acme/deploy@master
        """);
    assertThat(findings).extracting(Finding::severity)
        .containsExactly(Severity.LOW, Severity.LOW, Severity.MEDIUM);
    assertThat(findings.get(0).message()).startsWith("Step actions/setup-java@main of job 'build' uses "
        + "actions/setup-java@main, which is not pinned to a full commit sha (GitHub-owned).");
    assertThat(findings.get(2).message()).startsWith("Step acme/deploy@master of job 'build' uses");
  }

  @Test
  void untrustedCheckoutEvidenceWalksFromTriggerToExecution() {
    List<Finding> findings = analyze("""
        on: pull_request_target
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
              - run: make
        """);
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("ci.untrusted-checkout");
      assertThat(finding.location().line()).isEqualTo(10);
      assertThat(finding.evidence()).extracting(step -> step.location().line())
          .containsExactly(1, 10, 11);
    });
  }

  @Test
  void malformedYamlIsAClearError() {
    assertThatThrownBy(() -> analyze("on: push\njobs:\n  build: [unclosed\n"))
        .isInstanceOf(MalformedWorkflowException.class)
        .hasMessageStartingWith("not valid YAML at line");
  }

  @Test
  void aliasBombStaysSmall() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      yaml.append("]\n");
    }
    yaml.append("on: push\njobs: {}\n");
    assertThat(analyze(yaml.toString())).isEmpty();
  }

  @Test
  void aliasesShareTheAnchoredNode() {
    List<Finding> findings = analyze("""
        on: issues
        permissions: {}
        jobs:
          one:
            runs-on: ubuntu-latest
            steps: &steps
              - run: echo "${{ github.event.issue.title }}"
          two:
            runs-on: ubuntu-latest
            steps: *steps
          three:
            steps: *unknown
        """);
    assertThat(findings).extracting(f -> f.location().line() + " " + f.contextKey())
        .containsExactly("7 one|github.event.issue.title", "7 two|github.event.issue.title");
  }

  @Test
  void expressionScanIsBoundedOnHostileLines() {
    String yaml = "on: push\njobs:\n  a:\n    steps:\n      - run: \"" + "${{".repeat(300_000) + "\"\n";
    assertThat(analyze(yaml)).isEmpty();
  }

  @Test
  void deepNestingIsAClearError() {
    String yaml = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThatThrownBy(() -> analyze(yaml))
        .isInstanceOf(MalformedWorkflowException.class)
        .hasMessageContaining("nest");
  }

  @Test
  void emptyAndNonMappingDocumentsHaveNoFindings() {
    assertThat(analyze("")).isEmpty();
    assertThat(analyze("just a string\n")).isEmpty();
    assertThat(analyze("- a\n- b\n")).isEmpty();
    assertThat(analyze("on: push\njobs:\n  x: 3\n  y:\n    steps: oops\n")).isEmpty();
  }

  @Test
  void shipsAmongTheBuiltInAnalyzers() {
    assertThat(dev.vigil.engine.analysis.AnalyzerRegistry.builtIn().ids()).contains("ci-workflows");
  }

  @Test
  void indexListsEveryRuleFile() throws IOException {
    String index = CiRuleSamplesTest.read(CiRuleCatalog.INDEX);
    assertThat(index.lines().filter(l -> l.endsWith(".yaml")).toList())
        .containsExactlyInAnyOrderElementsOf(analyzer.rules().stream()
            .map(rule -> rule.id() + ".yaml").toList());
  }
}
