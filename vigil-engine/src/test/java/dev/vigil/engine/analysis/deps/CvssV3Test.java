package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssV3Test {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8",
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0",
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1",
      "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8",
      "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N, 5.9",
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H, 7.5",
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 8.8",
      "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H, 7.4",
      "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.6",
      "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4",
      "CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N, 5.4",
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0",
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O, 9.8"
  })
  void computesTheBaseScoreOfKnownVectors(String vector, double score) {
    assertThat(CvssV3.parse(vector).baseScore()).isEqualTo(score);
  }

  @Test
  void ratesScoresAsTheSpecificationDoes() {
    assertThat(CvssV3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(CvssV3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H").severity())
        .isEqualTo(Severity.HIGH);
    assertThat(CvssV3.parse("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(CvssV3.parse("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N").severity())
        .isEqualTo(Severity.LOW);
  }

  @Test
  void roundUpAvoidsFloatingPointSurprises() {
    assertThat(CvssV3.roundUp(4.000000000000001)).isEqualTo(4.0);
    assertThat(CvssV3.roundUp(4.02)).isEqualTo(4.1);
  }

  @Test
  void rejectsVectorsItCannotScore() {
    assertThatThrownBy(() -> CvssV3.parse("CVSS:2.0/AV:N"))
        .hasMessage("'CVSS:2.0/AV:N' is not a CVSS v3 vector");
    assertThatThrownBy(() -> CvssV3.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"))
        .hasMessage("'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H' lacks base metric A");
    assertThatThrownBy(() -> CvssV3.parse("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
        .hasMessageContaining("unknown AV value 'Q'");
  }
}
