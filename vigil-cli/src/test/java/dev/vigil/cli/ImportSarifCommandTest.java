package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil import-sarif FILE --repository NAME} loads another tool's results into the installation. */
class ImportSarifCommandTest {
  @TempDir Path dir;

  private static final String LOG = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"Semgrep\"}},"
      + "\"results\": ["
      + "{\"ruleId\": \"java.sqli\", \"level\": \"error\", \"message\": {\"text\": \"SQL built from input\"},"
      + " \"properties\": {\"tags\": [\"CWE-89\"]},"
      + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"src/Orders.java\"}, \"region\": {\"startLine\": 13}}}]},"
      + "{\"ruleId\": \"java.open-redirect\", \"message\": {\"text\": \"Redirect to input\"},"
      + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"src/Login.java\"}, \"region\": {\"startLine\": 4}}}]},"
      + "{\"ruleId\": \"java.sqli\", \"message\": {\"text\": \"x\"},"
      + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"../secrets.txt\"}}}]}]}]}";

  @Test
  void importsMergesAndListsWhatItSkipped() throws Exception {
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", "/srv/shop", List.of(
        SeededInstallation.finding("java.sql-injection", 89, Severity.HIGH, "src/Orders.java", 12, "a".repeat(40))), i -> {});
    Path log = Files.writeString(dir.resolve("semgrep.sarif"), LOG);

    ScanCommandTest.Run run = ScanCommandTest.vigil("import-sarif", log.toString(), "--repository", "shop",
        "--data", data.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("imported semgrep into shop: 1 new, 0 updated, 1 merged into Vigil's own findings, 1 skipped\n"
        + "merged external:semgrep/java.sqli at src/Orders.java:12 into #1 java.sql-injection\n"
        + "skipped runs[0].results[2]: location ../secrets.txt is not a path inside the repository\n");
  }

  @Test
  void aMalformedLogOrUnknownRepositoryIsABadInput() throws Exception {
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", "/srv/shop", List.of(), i -> {});
    Path broken = Files.writeString(dir.resolve("broken.sarif"), "{\"version\": \"2.1.0\", \"runs\": [{]}");
    Path log = Files.writeString(dir.resolve("ok.sarif"), LOG);

    ScanCommandTest.Run malformed = ScanCommandTest.vigil("import-sarif", broken.toString(), "--repository", "shop",
        "--data", data.toString());
    ScanCommandTest.Run unknown = ScanCommandTest.vigil("import-sarif", log.toString(), "--repository", "shoe",
        "--data", data.toString());

    assertThat(malformed.status()).isEqualTo(2);
    assertThat(malformed.err()).startsWith("vigil: " + broken + ": not a SARIF log: ");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("vigil: no repository named 'shoe'; known: shop\n");
  }
}
