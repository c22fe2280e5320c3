package dev.vigil.engine.validation.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.validation.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How timings of evil input become a verdict (the runs themselves are in {@code MarkerHarnessTest}). */
class RegexTimingTest {
  @Test
  void slowMatchWhoseTimeOutgrowsTheInputIsReproduced() {
    var judgement = RegexTiming.judge(RegexTiming.parse("VIGIL-TIME\t8\t40000\nVIGIL-TIME\t10\t90000\n"
        + "VIGIL-TIME\t16\t5400000\nVIGIL-TIME\t20\t390000000\n"), Optional.empty());

    assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(judgement.reason()).isEqualTo("the pattern backtracks super-linearly on evil input (ReDoS): a match of"
        + " 20 characters took 390.0 ms, 4333 times the 0.1 ms of 10 characters, for an input 2 times as long");
  }

  @Test
  void fastMatchUpToTheLongestInputIsNotReproduced() {
    var judgement = RegexTiming.judge(RegexTiming.parse("noise\nVIGIL-TIME\t20\t9000\nVIGIL-TIME\t40\t15000\n"),
        Optional.empty());

    assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(judgement.reason())
        .startsWith("no super-linear backtracking: a match of 40 characters took 0.0 ms, 2 times the 0.0 ms of 20")
        .endsWith("under the 200 ms a denial of service needs");
  }

  @Test
  void slowButLinearMatchIsNotReproduced() {
    var judgement = RegexTiming.judge(List.of(new RegexTiming.Timing(20, 150_000_000L, false),
        new RegexTiming.Timing(40, 310_000_000L, false)), Optional.empty());

    assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
  }

  @Test
  void runKilledBeforeAnyTimingCouldNotValidate() {
    var judgement = RegexTiming.judge(List.of(), Optional.of("the timing was killed at its time limit"));

    assertThat(judgement.verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
    assertThat(judgement.reason()).isEqualTo("the timing was killed at its time limit (see its output)");
  }

  @Test
  void scriptCarriesThePatternEncodedSoAnyTextSurvivesTheShell() {
    String script = RegexTiming.script("a'$(rm -rf /)\nb", "vigil0123456789ab");

    assertThat(script).contains("echo 'YSckKHJtIC1yZiAvKQpi' | base64 -d").doesNotContain("rm -rf")
        .contains("\"$T/pattern.txt\" 'vigil0123456789ab'");
  }
}
