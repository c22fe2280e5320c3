package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.RuleSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every java-crypto rule over its sample file ({@code rules/java/crypto/<id>.java} in the
 * test resources): each {@code ruleid} line must be found once, nothing else may be, and every
 * rule must have samples with at least one {@code ruleid} and one {@code ok} line.
 */
class CryptoRuleSamplesTest {
  private static final CryptoAnalyzer ANALYZER = CryptoAnalyzer.withBuiltInRules();

  static Stream<String> ruleIds() {
    return ANALYZER.rules().stream().map(RuleInfo::id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void ruleFindsExactlyItsLabelledLines(String ruleId) throws IOException {
    String resource = "rules/java/crypto/" + ruleId + ".java";
    String text = read(resource);
    RuleSamples samples = RuleSamples.parse(resource, text);
    assertThat(samples.count(RuleSamples.Kind.RULEID, ruleId)).as("ruleid lines of " + ruleId).isPositive();
    assertThat(samples.count(RuleSamples.Kind.OK, ruleId)).as("ok lines of " + ruleId).isPositive();

    List<Finding> findings = ANALYZER.analyze(new AnalysisContext("src/Samples.java", "blob",
        text.getBytes(StandardCharsets.UTF_8))).stream().filter(f -> f.ruleId().equals(ruleId)).toList();

    RuleSamples.Outcome outcome = samples.check(findings);
    System.out.println(outcome.describe());
    outcome.assertPassed();
  }

  static String read(String resource) throws IOException {
    try (InputStream in = CryptoRuleSamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("sample file " + resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
