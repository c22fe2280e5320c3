package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.RuleSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretRuleSamplesTest {
  private static final SecretsAnalyzer ANALYZER = SecretsAnalyzer.withBuiltInRules();

  static List<String> ruleIds() {
    return ANALYZER.rules().stream().map(RuleInfo::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void ruleMeetsEveryExpectationOfItsSample(String ruleId) {
    String text = SecretSamples.of(ruleId);
    assertThat(text).as("sample file rules/secrets/%s.sample", ruleId).isNotNull();
    RuleSamples samples = RuleSamples.parse(ruleId + ".sample", text);

    samples.check(analyze(ruleId, text)).assertPassed();
    assertThat(samples.count(RuleSamples.Kind.RULEID, ruleId)).as("ruleid cases").isGreaterThanOrEqualTo(2);
    assertThat(samples.count(RuleSamples.Kind.OK, ruleId)).as("ok cases").isGreaterThanOrEqualTo(2);
  }

  @Test
  void printsRecallAndFalseAlarmsOverAllSamples() {
    int ruleid = 0;
    int hits = 0;
    int ok = 0;
    int todo = 0;
    int falseAlarms = 0;
    for (String ruleId : ruleIds()) {
      String text = SecretSamples.of(ruleId);
      if (text == null) continue;
      RuleSamples.Outcome outcome =
          RuleSamples.parse(ruleId + ".sample", text).check(analyze(ruleId, text));
      ruleid += outcome.ruleidCases();
      hits += outcome.hits();
      ok += outcome.okCases();
      todo += outcome.todoCases();
      falseAlarms += outcome.falseAlarms().size();
    }
    System.out.printf("secrets samples: %d rules, recall %d/%d ruleid cases, %d false alarms over"
        + " %d ok cases, %d known misses (todoruleid)%n", ruleIds().size(), hits, ruleid,
        falseAlarms, ok, todo);
    assertThat(hits).isEqualTo(ruleid);
  }

  private static List<Finding> analyze(String ruleId, String text) {
    return ANALYZER.analyze(new AnalysisContext(ruleId + ".sample", "0".repeat(40),
        text.getBytes(StandardCharsets.UTF_8)));
  }
}
