package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.RuleSamples;
import dev.vigil.engine.analysis.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the shared sample checker here, beside its first user. */
class RuleSamplesTest {
  private static final String JAVA_SAMPLE = """
      class Sample {
        // ruleid: java.weak-hash
        MessageDigest.getInstance("MD5");
        // ok: java.weak-hash
        MessageDigest.getInstance("SHA-256");
        /* todoruleid: java.weak-hash */
        DigestUtils.md5Hex(data);
      }
      """;

  @Test
  void passesWhenEveryRuleidLineHasItsFindingAndNothingElseIsFound() {
    RuleSamples.Outcome outcome =
        RuleSamples.parse("Sample.java", JAVA_SAMPLE).check(List.of(finding("java.weak-hash", 3)));

    assertThat(outcome.passed()).isTrue();
    assertThat(outcome.hits()).isEqualTo(1);
    assertThat(outcome.okCases()).isEqualTo(1);
    assertThat(outcome.todoCases()).isEqualTo(1);
  }

  @Test
  void listsMissesAndFalseAlarmsWithLineNumbers() {
    RuleSamples.Outcome outcome = RuleSamples.parse("Sample.java", JAVA_SAMPLE)
        .check(List.of(finding("java.weak-hash", 5), finding("java.other", 1)));

    assertThatThrownBy(outcome::assertPassed).isInstanceOf(AssertionError.class).hasMessage("""
        Sample.java: 0/1 ruleid cases found, 2 false alarms, 1 ok cases, 1 todo
          miss: line 3 (marker on line 2): expected java.weak-hash, got none
          false alarm: line 5 (marker on line 4): ok: java.weak-hash but found: java.weak-hash here
          false alarm: line 1: unexpected java.other: code""");
  }

  @Test
  void failsWhenAKnownMissStartsMatching() {
    RuleSamples.Outcome outcome = RuleSamples.parse("Sample.java", JAVA_SAMPLE)
        .check(List.of(finding("java.weak-hash", 3), finding("java.weak-hash", 7)));

    assertThat(outcome.todosMatching())
        .containsExactly("line 7 (marker on line 6): todoruleid java.weak-hash now matches; make it ruleid");
  }

  @Test
  void requiresExactlyOneFindingPerRuleidLine() {
    RuleSamples.Outcome outcome = RuleSamples.parse("Sample.java", JAVA_SAMPLE)
        .check(List.of(finding("java.weak-hash", 3), finding("java.weak-hash", 3)));

    assertThat(outcome.misses())
        .containsExactly("line 3 (marker on line 2): expected one java.weak-hash, got 2");
  }

  @Test
  void stacksMarkersAndAcceptsCommaSeparatedRules() {
    RuleSamples samples = RuleSamples.parse("creds.env", """
        # ruleid: a.one
        # ok: b.two, c.three
        KEY=value
        """);

    assertThat(samples.expectations()).containsExactly(
        new RuleSamples.Expectation(RuleSamples.Kind.RULEID, "a.one", 1, 3),
        new RuleSamples.Expectation(RuleSamples.Kind.OK, "b.two", 2, 3),
        new RuleSamples.Expectation(RuleSamples.Kind.OK, "c.three", 2, 3));
  }

  @Test
  void rejectsAMarkerWithNothingAfterIt() {
    assertThatThrownBy(() -> RuleSamples.parse("x.env", "A=1\n# ruleid: a.one"))
        .hasMessage("x.env: marker on line 2 is not followed by a line to check");
  }

  @Test
  void ignoresMarkerWordsInsideOrdinaryLines() {
    assertThat(RuleSamples.parse("x.md", "The status is ok: fine.\nprint('ruleid: a.b')\n")
        .expectations()).isEmpty();
  }

  private static Finding finding(String ruleId, int line) {
    return new Finding(ruleId, 0, Severity.LOW, Confidence.LOW, ruleId + " here",
        Location.line("Sample.java", line), "code", null, List.of());
  }
}
