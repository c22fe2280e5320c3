package dev.vigil.engine.validation.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.validation.Verdict;
import org.junit.jupiter.api.Test;

class HarnessReportTest {
  @Test
  void markerIntactAtASinkIsAReproductionNamingTheCall() {
    HarnessReport report = HarnessReport.parse("""
        VIGIL-CALL\tshop.A.doGet[HttpServletRequest, HttpServletResponse]
        VIGIL-SINK\torg.h2.jdbc.JdbcStatement.execute\tmiss\t0\tCREATE TABLE t (id INT)
        VIGIL-SINK\torg.h2.jdbc.JdbcStatement.executeQuery\thit\t0\tSELECT 1 WHERE n = 'vigil01'"'
        VIGIL-THREW\torg.h2.jdbc.JdbcSQLSyntaxErrorException: syntax error
        """);

    HarnessReport.Judgement judgement = report.judge("sql-injection");

    assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(judgement.reason()).isEqualTo("the marker reached the sql-injection sink "
        + "org.h2.jdbc.JdbcStatement.executeQuery intact (argument 0): SELECT 1 WHERE n = 'vigil01'\"'");
  }

  @Test
  void sinkCallsWithoutTheMarkerAreNotAReproductionAndTheLastOneIsShown() {
    HarnessReport report = HarnessReport.parse("VIGIL-CALL\tx\nVIGIL-SINK\tS.execute\tmiss\t0\tfirst\n"
        + "VIGIL-SINK\tS.executeQuery\tmiss\t0\tLIKE 'vigil01%'\nVIGIL-RETURNED\n");

    assertThat(report.judge("sql-injection")).isEqualTo(new HarnessReport.Judgement(Verdict.NOT_REPRODUCED,
        "marker not observed: the entry point returned normally; 2 sql-injection sink call(s) without the marker"
            + " intact, the last S.executeQuery: LIKE 'vigil01%'"));
  }

  @Test
  void entryPointThatCannotBeBuiltSaysWhy() {
    HarnessReport report = HarnessReport.parse("VIGIL-NOT-DRIVABLE\tcannot construct shop.Dao: "
        + "shop.Dao(javax.sql.DataSource) threw java.lang.NullPointerException\n");

    assertThat(report.judge("sql-injection")).isEqualTo(new HarnessReport.Judgement(Verdict.COULD_NOT_VALIDATE,
        "entry point not drivable: cannot construct shop.Dao: shop.Dao(javax.sql.DataSource) threw "
            + "java.lang.NullPointerException"));
  }

  @Test
  void entryPointThatThrowsBeforeAnySinkDecidesNothing() {
    HarnessReport report = HarnessReport.parse("VIGIL-CALL\tx\nVIGIL-THREW\tjava.lang.IllegalStateException: no session\n");

    assertThat(report.judge("path-injection").verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
    assertThat(report.judge("path-injection").reason()).isEqualTo("the entry point threw "
        + "java.lang.IllegalStateException: no session before any path-injection sink was called, so the marker"
        + " was not observed");
  }

  @Test
  void harnessThatNeverStartedDecidesNothing() {
    HarnessReport report = HarnessReport.parse("VigilHarness.java:3: error: cannot find symbol\n");

    assertThat(report.judge("xss")).isEqualTo(new HarnessReport.Judgement(Verdict.COULD_NOT_VALIDATE,
        "the harness did not start (see its output)"));
  }
}
