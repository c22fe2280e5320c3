package dev.vigil.engine.analysis.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every CI rule over its sample workflows ({@code rules/ci/<id>.yml} in the test resources):
 * each {@code ruleid} line must be found, nothing else may be, and every rule must have samples
 * with at least one {@code ruleid} and one {@code ok} line.
 */
class CiRuleSamplesTest {
  private static final WorkflowAnalyzer ANALYZER = WorkflowAnalyzer.withBuiltInRules();

  static Stream<String> ruleIds() {
    return ANALYZER.rules().stream().map(RuleInfo::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void ruleFindsExactlyItsLabelledLines(String ruleId) throws IOException {
    LabelledSample sample = new LabelledSample(read("rules/ci/" + ruleId + ".yml"), ruleId);
    Set<Integer> expected = sample.lines("ruleid");
    Set<Integer> ok = sample.lines("ok");
    Set<Integer> todo = sample.lines("todoruleid");
    assertThat(expected).as("ruleid lines in the samples of " + ruleId).isNotEmpty();
    assertThat(ok).as("ok lines in the samples of " + ruleId).isNotEmpty();

    Set<Integer> found = new TreeSet<>();
    for (String document : sample.documents()) {
      List<Finding> findings = ANALYZER.analyze(new AnalysisContext(
          ".github/workflows/sample.yml", "blob", document.getBytes(StandardCharsets.UTF_8)));
      findings.stream().filter(f -> f.ruleId().equals(ruleId))
          .forEach(f -> found.add(f.location().line()));
    }
    Set<Integer> misses = new TreeSet<>(expected);
    misses.removeAll(found);
    Set<Integer> falseAlarms = new TreeSet<>(found);
    falseAlarms.removeAll(expected);
    falseAlarms.removeAll(todo);
    System.out.printf("%s: %d ruleid, %d ok, %d todo, misses %s, false alarms %s%n",
        ruleId, expected.size(), ok.size(), todo.size(), misses, falseAlarms);
    assertThat(misses).as("labelled ruleid lines " + ruleId + " did not find").isEmpty();
    assertThat(falseAlarms).as("lines " + ruleId + " found without a ruleid label").isEmpty();
  }

  static String read(String resource) throws IOException {
    try (InputStream in = CiRuleSamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("sample file " + resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
