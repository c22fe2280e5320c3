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
 * Runs every java-crypto rule over its sample files ({@code rules/java/crypto/<id>.java} in the
 * test resources, and {@code <id>.properties} where the rule reads settings): each {@code ruleid}
 * line must be found once, nothing else may be, and every rule must have a Java sample with at
 * least one {@code ruleid} and one {@code ok} line.
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
    assertThat(text).as("sample file " + resource).isNotNull();
    RuleSamples samples = RuleSamples.parse(resource, text);
    assertThat(samples.count(RuleSamples.Kind.RULEID, ruleId)).as("ruleid lines of " + ruleId).isPositive();
    assertThat(samples.count(RuleSamples.Kind.OK, ruleId)).as("ok lines of " + ruleId).isPositive();
    check(ruleId, samples, "src/Samples.java", text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void ruleFindsExactlyItsLabelledSettings(String ruleId) throws IOException {
    String resource = "rules/java/crypto/" + ruleId + ".properties";
    String text = read(resource);
    if (text == null) return;
    check(ruleId, RuleSamples.parse(resource, text), "src/main/resources/app.properties", text);
  }

  private static void check(String ruleId, RuleSamples samples, String path, String text) {
    List<Finding> findings = ANALYZER.analyze(new AnalysisContext(path, "blob",
        text.getBytes(StandardCharsets.UTF_8))).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    RuleSamples.Outcome outcome = samples.check(findings);
    System.out.println(outcome.describe());
    outcome.assertPassed();
  }

  /** Returns the text of a test resource, or null if there is none. */
  static String read(String resource) throws IOException {
    try (InputStream in = CryptoRuleSamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
