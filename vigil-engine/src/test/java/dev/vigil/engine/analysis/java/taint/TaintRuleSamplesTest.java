package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.RuleSamples;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every taint rule over its sample file {@code rules/java/taint/<id>.java}: each
 * {@code // ruleid:} line must be found once, each {@code // ok:} line must stay quiet, and a rule
 * without a sample, or without both kinds of line, fails.
 */
class TaintRuleSamplesTest {
  private static final JavaTaintAnalyzer ANALYZER = JavaTaintAnalyzer.withBuiltInModels();

  static Stream<String> ruleIds() {
    return TaintRuleCatalog.builtIn().stream().map(rule -> rule.info().id());
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void sampleMatchesItsMarkers(String ruleId) throws IOException {
    String resource = "rules/java/taint/" + ruleId + ".java";
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("sample " + resource).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    RuleSamples samples = RuleSamples.parse(resource, text);
    assertThat(samples.count(RuleSamples.Kind.RULEID, ruleId)).as("ruleid lines").isPositive();
    assertThat(samples.count(RuleSamples.Kind.OK, ruleId)).as("ok lines").isPositive();
    var findings = ANALYZER.analyze(new AnalysisContext(ruleId + ".java", "sample",
        text.getBytes(StandardCharsets.UTF_8)));
    samples.check(findings).assertPassed();
  }
}
