package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlappingFindingsTest {
  @Test
  void keepsTheFlowWhereAConfigurationRuleReportsTheSameWeaknessOnTheLine() {
    Finding flow = finding("java.xxe", 611, 12, Confidence.HIGH, 3);
    Finding parser = finding("java.xxe-parser", 611, 12, Confidence.HIGH, 1);
    Map<String, List<Finding>> byAnalyzer = new LinkedHashMap<>();
    byAnalyzer.put("java-crypto", List.of(parser));
    byAnalyzer.put("java-taint", List.of(flow));

    assertThat(OverlappingFindings.merge(byAnalyzer)).containsExactly(flow);
  }

  @Test
  void prefersHigherConfidenceOverLongerEvidence() {
    Finding weak = finding("a.rule", 611, 5, Confidence.MEDIUM, 4);
    Finding strong = finding("b.rule", 611, 5, Confidence.HIGH, 1);

    assertThat(OverlappingFindings.merge(Map.of("a", List.of(weak)))).containsExactly(weak);
    Map<String, List<Finding>> byAnalyzer = new LinkedHashMap<>();
    byAnalyzer.put("a", List.of(weak));
    byAnalyzer.put("b", List.of(strong));
    assertThat(OverlappingFindings.merge(byAnalyzer)).containsExactly(strong);
  }

  @Test
  void keepsOtherLinesOtherWeaknessesAndOneAnalyzersSeparateFlows() {
    Finding first = finding("java.xxe", 611, 12, Confidence.HIGH, 3);
    Finding second = finding("java.xxe", 611, 12, Confidence.HIGH, 2);
    Finding otherCwe = finding("java.xss", 79, 12, Confidence.HIGH, 1);
    Finding otherLine = finding("java.xxe-parser", 611, 13, Confidence.HIGH, 1);
    Map<String, List<Finding>> byAnalyzer = new LinkedHashMap<>();
    byAnalyzer.put("java-taint", List.of(first, second, otherCwe));
    byAnalyzer.put("java-crypto", List.of(otherLine));

    assertThat(OverlappingFindings.merge(byAnalyzer)).containsExactly(first, second, otherCwe, otherLine);
  }

  private static Finding finding(String rule, int cwe, int line, Confidence confidence, int steps) {
    Location at = Location.line("src/A.java", line);
    List<EvidenceStep> evidence = java.util.stream.IntStream.range(0, steps)
        .mapToObj(i -> new EvidenceStep(at, "code", "step " + i)).toList();
    return new Finding(rule, cwe, Severity.HIGH, confidence, rule + " message", at, "code", null, evidence);
  }
}
