package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Other tools' SARIF logs read as external findings, and hostile or malformed logs refused clearly. */
class SarifImportTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SarifImportTest.class.getResourceAsStream("/sarif-import/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SarifImport.Imported read(String json) {
    return SarifImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSamplesAreValidSarif() throws IOException {
    SarifSchema schema = new SarifSchema();

    assertThat(schema.validate(resource("codeql.sarif"))).isEmpty();
    assertThat(schema.validate(resource("semgrep.sarif"))).isEmpty();
  }

  @Test
  void codeQlResultsKeepTheirToolSeverityCweAndPathInsideTheRepository() throws IOException {
    SarifImport.Imported imported = read(resource("codeql.sarif"));

    assertThat(imported.findings()).hasSize(3);
    var sql = imported.findings().get(0);
    assertThat(sql.tool()).isEqualTo("codeql");
    assertThat(sql.finding().ruleId()).isEqualTo("external:codeql/java/sql-injection");
    assertThat(sql.finding().cwe()).isEqualTo(89);
    assertThat(sql.finding().severity()).isEqualTo(Severity.HIGH);
    assertThat(sql.finding().confidence()).isEqualTo(Confidence.HIGH);
    assertThat(sql.finding().location().path()).isEqualTo("src/main/java/shop/Orders.java");
    assertThat(sql.finding().location().line()).isEqualTo(42);
    assertThat(sql.finding().excerpt()).isEqualTo("stmt.executeQuery(sql);");
    var xss = imported.findings().get(1);
    assertThat(xss.finding().location().path()).as("absolute under the base, percent-decoded")
        .isEqualTo("src/main/java/shop/View Page.java");
    assertThat(xss.finding().cwe()).isEqualTo(79);
    assertThat(xss.finding().severity()).isEqualTo(Severity.MEDIUM);
    assertThat(imported.findings().get(2).finding().severity()).isEqualTo(Severity.LOW);
    assertThat(imported.findings().get(2).finding().cwe()).isZero();
    assertThat(imported.skipped()).containsExactly(
        "runs[0].results[3]: location ../../../etc/passwd is not a path inside the repository",
        "runs[0].results[4]: location file:///etc/shadow is outside the repository",
        "runs[0].results[5]: suppressed in the log");
  }

  @Test
  void semgrepTagsNameTheCweAndFingerprintsAreStableAcrossReimports() throws IOException {
    var first = read(resource("semgrep.sarif")).findings().get(0);
    var again = read(resource("semgrep.sarif")).findings().get(0);

    assertThat(first.tool()).isEqualTo("semgrep-oss");
    assertThat(first.finding().cwe()).isEqualTo(89);
    assertThat(first.finding().severity()).isEqualTo(Severity.HIGH);
    assertThat(first.fingerprint()).hasSize(64).isEqualTo(again.fingerprint());
  }

  @Test
  void malformedLogsAreRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> read("{\"version\": \"2.0.0\", \"runs\": []}"))
        .isInstanceOf(SarifImportException.class).hasMessage("version: expected \"2.1.0\", got \"2.0.0\"");
    assertThatThrownBy(() -> read("{\"version\": \"2.1.0\"}")).hasMessage("runs: required, an array");
    assertThatThrownBy(() -> read("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}"))
        .hasMessage("runs[0].tool.driver.name: required");
    assertThatThrownBy(() -> read("[1, 2]")).hasMessage("not a SARIF log: expected a JSON object");
    assertThatThrownBy(() -> read("{\"version\": \"2.1.0\", \"runs\": [] ")).hasMessageStartingWith("not a SARIF log: ");
    assertThatThrownBy(() -> read("{\"version\": \"2.1.0\", \"version\": \"2.1.0\", \"runs\": []}"))
        .hasMessageStartingWith("not a SARIF log: Duplicate field 'version'");
  }

  @Test
  void hostileLogsAreRefusedWithinLimits() {
    String deep = "{\"version\": \"2.1.0\", \"runs\": " + "[".repeat(500) + "]".repeat(500) + "}";
    byte[] huge = new byte[(int) SarifImport.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');

    assertThatThrownBy(() -> read(deep)).isInstanceOf(SarifImportException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> SarifImport.read(new ByteArrayInputStream(huge)))
        .hasMessage("the SARIF log is larger than 32 MiB");
    assertThatThrownBy(() -> read("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"!!!\"}}}]}"))
        .hasMessage("tool.driver.name: no letters or digits in \"!!!\"");
  }
}
