package dev.vigil.engine.report;

import static dev.vigil.engine.report.SampleScans.FIXED;
import static dev.vigil.engine.report.SampleScans.HEAD;
import static dev.vigil.engine.report.SampleScans.INTRODUCED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TrackedFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
  private final ReportWriter writer = ReportFormat.JSON.writer(ReportOptions.of(SampleScans.TOOL));
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writesOnlyFindingsSkippedAndScanAtTheTop() throws IOException {
    JsonNode report = write(SampleScans.full());

    assertThat(names(report)).containsExactly("findings", "skipped", "scan");
  }

  @Test
  void writesEveryContractFieldOfAFindingPresentAtHead() throws IOException {
    JsonNode finding = finding(write(SampleScans.full()), "fp-aws");

    assertThat(names(finding)).containsExactly("fingerprint", "ruleId", "cwe", "severity",
        "confidence", "message", "path", "line", "introducedIn", "fixedIn", "presentAtHead",
        "evidence", "excerpt", "commitsPresent", "sightings");
    assertThat(finding.get("ruleId").asText()).isEqualTo("secrets/aws-access-key");
    assertThat(finding.get("cwe").asText()).isEqualTo("CWE-798");
    assertThat(finding.get("severity").asText()).isEqualTo("critical");
    assertThat(finding.get("confidence").asText()).isEqualTo("high");
    assertThat(finding.get("message").asText())
        .isEqualTo("AWS access key AKIA************MPLE in clear text");
    assertThat(finding.get("path").asText()).isEqualTo("src/main/resources/application.properties");
    assertThat(finding.get("line").isInt()).isTrue();
    assertThat(finding.get("line").asInt()).isEqualTo(3);
    assertThat(finding.get("presentAtHead").isBoolean()).isTrue();
    assertThat(finding.get("presentAtHead").asBoolean()).isTrue();
    assertThat(finding.get("fixedIn").isNull()).isTrue();
    assertThat(finding.get("introducedIn").get("sha").asText()).isEqualTo(INTRODUCED.sha());
    assertThat(finding.get("evidence").isArray()).isTrue();
    assertThat(finding.get("evidence")).isEmpty();
    assertThat(finding.get("excerpt").asText()).isEqualTo("aws.key=AKIA************MPLE");
    assertThat(finding.get("commitsPresent").asInt()).isEqualTo(7);
    JsonNode sighting = finding.get("sightings").get(0);
    assertThat(names(sighting)).containsExactly("commit", "path", "line", "blobId");
    assertThat(sighting.get("commit").asText()).isEqualTo(HEAD.sha());
    assertThat(sighting.get("blobId").asText()).isEqualTo("blob1");
  }

  @Test
  void writesIntroducingAndFixingCommitsOfAFixedFinding() throws IOException {
    JsonNode finding = finding(write(SampleScans.full()), "fp-password");

    assertThat(finding.get("presentAtHead").asBoolean()).isFalse();
    assertThat(finding.get("cwe").asText()).isEqualTo("CWE-259");
    JsonNode introduced = finding.get("introducedIn");
    assertThat(names(introduced)).containsExactly("sha", "author", "date", "message");
    assertThat(introduced.get("sha").asText()).isEqualTo(INTRODUCED.sha());
    assertThat(introduced.get("author").asText()).isEqualTo("Ada <ada@example.com>");
    assertThat(introduced.get("date").asText()).isEqualTo("2024-03-01T10:15:30Z");
    assertThat(introduced.get("message").asText()).isEqualTo("Add config\n\nwith keys");
    JsonNode fixed = finding.get("fixedIn");
    assertThat(names(fixed)).containsExactly("sha", "author", "date", "message");
    assertThat(fixed.get("sha").asText()).isEqualTo(FIXED.sha());
    assertThat(fixed.get("author").asText()).isEqualTo("Bob <bob@example.com>");
    assertThat(fixed.get("date").asText()).isEqualTo("2024-04-02T08:00:00Z");
    assertThat(fixed.get("message").asText()).isEqualTo("Remove password");
  }

  @Test
  void writesEvidenceStepsInOrderWithColumns() throws IOException {
    JsonNode evidence = finding(write(SampleScans.full()), "fp-sqli").get("evidence");

    assertThat(evidence).hasSize(3);
    JsonNode first = evidence.get(0);
    assertThat(names(first)).containsExactly("path", "line", "column", "code", "description");
    assertThat(first.get("path").asText()).isEqualTo("src/main/java/app/UserController.java");
    assertThat(first.get("line").asInt()).isEqualTo(18);
    assertThat(first.get("column").asInt()).isEqualTo(25);
    assertThat(first.get("code").asText()).isEqualTo("@RequestParam String name");
    assertThat(first.get("description").asText()).isEqualTo("name comes from the HTTP request");
    assertThat(evidence.get(2).get("description").asText())
        .isEqualTo("the query runs with name concatenated into it");
  }

  @Test
  void keepsMarkupQuotesAndUnicodeVerbatim() throws IOException {
    JsonNode report = write(SampleScans.full());

    assertThat(finding(report, "fp-xss").get("message").asText())
        .isEqualTo(SampleScans.SCRIPT_MESSAGE);
    assertThat(finding(report, "fp-slack").get("path").asText())
        .isEqualTo(SampleScans.UNICODE_PATH);
  }

  @Test
  void writesFindingsInReportOrder() throws IOException {
    JsonNode findings = write(SampleScans.full()).get("findings");

    List<String> fingerprints = new ArrayList<>();
    findings.forEach(finding -> fingerprints.add(finding.get("fingerprint").asText()));
    assertThat(fingerprints)
        .containsExactly("fp-aws", "fp-sqli", "fp-slack", "fp-xss", "fp-password");
  }

  @Test
  void writesSkippedFilesWithLowerCaseReasons() throws IOException {
    JsonNode skipped = write(SampleScans.full()).get("skipped");

    assertThat(skipped).hasSize(3);
    JsonNode tooLarge = skipped.get(1);
    assertThat(names(tooLarge)).containsExactly("path", "blobId", "commit", "reason", "detail");
    assertThat(tooLarge.get("path").asText()).isEqualTo("data/dump.sql");
    assertThat(tooLarge.get("blobId").asText()).isEqualTo("blob-dump");
    assertThat(tooLarge.get("commit").asText()).isEqualTo(INTRODUCED.sha());
    assertThat(tooLarge.get("reason").asText()).isEqualTo("too_large");
    assertThat(tooLarge.get("detail").asText()).isEqualTo("12 MB, cap 4 MB");
    assertThat(skipped.get(2).get("reason").asText()).isEqualTo("analyzer_error");
  }

  @Test
  void writesScanFactsAndTheToolThatRan() throws IOException {
    JsonNode scan = write(SampleScans.full()).get("scan");

    assertThat(scan.get("head").get("sha").asText()).isEqualTo(HEAD.sha());
    assertThat(scan.get("commitsScanned").asInt()).isEqualTo(12);
    JsonNode stats = scan.get("stats");
    assertThat(names(stats))
        .containsExactly("blobsRead", "bytesAnalysed", "analyzerRuns", "cacheHits");
    assertThat(stats.get("blobsRead").asLong()).isEqualTo(40);
    assertThat(stats.get("bytesAnalysed").asLong()).isEqualTo(123_456);
    assertThat(stats.get("analyzerRuns").asLong()).isEqualTo(80);
    assertThat(stats.get("cacheHits").asLong()).isEqualTo(20);
    assertThat(scan.get("elapsedMillis").asLong()).isEqualTo(1_234);
    assertThat(scan.get("tool").get("name").asText()).isEqualTo("Vigil");
    assertThat(scan.get("tool").get("version").asText()).isEqualTo("0.1.0-test");
    assertThat(scan.get("tool").get("analyzers").get(0).get("id").asText()).isEqualTo("secrets");
    assertThat(scan.get("tool").get("analyzers").get(0).get("version").asText()).isEqualTo("3");
  }

  @Test
  void writesNullCweForAFindingWithoutOne() throws IOException {
    TrackedFinding noCwe = new TrackedFinding("fp-nocwe",
        new Finding("misc/todo", 0, Severity.INFO, Confidence.LOW, "TODO left in code",
            Location.line("A.java", 1), "", null, List.of()),
        null, null, true, 1, List.of());
    ScanResult result = new ScanResult(List.of(noCwe), List.of(), null, 0, null, null);

    JsonNode finding = finding(write(result), "fp-nocwe");

    assertThat(finding.get("cwe").isNull()).isTrue();
    assertThat(finding.get("introducedIn").isNull()).isTrue();
  }

  @Test
  void writesNullHeadAndEmptyArraysForAnEmptyTreeScan() throws IOException {
    ScanResult empty = new ScanResult(List.of(), List.of(), null, 0, null, null);

    JsonNode report = write(empty);

    assertThat(report.get("findings")).isEmpty();
    assertThat(report.get("skipped")).isEmpty();
    assertThat(report.get("scan").get("head").isNull()).isTrue();
    assertThat(report.get("scan").get("stats").get("blobsRead").asLong()).isZero();
    assertThat(report.get("scan").get("elapsedMillis").asLong()).isZero();
  }

  @Test
  void writesPrettyPrintedUtf8ToAStream() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    writer.write(SampleScans.full(), SampleScans.RULES, bytes);

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"findings\": [\n    {\n      \"fingerprint\": \"fp-aws\",");
    assertThat(text).contains("\"path\": \"docs/Ünïcödé notes/my config ü.properties\"");
    assertThat(text).endsWith("}\n");
    assertThat(text).doesNotContain("\r");
  }

  private JsonNode write(ScanResult result) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(result, SampleScans.RULES, out);
    return mapper.readTree(out.toString());
  }

  private static JsonNode finding(JsonNode report, String fingerprint) {
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("fingerprint").asText().equals(fingerprint)) return finding;
    }
    throw new AssertionError("no finding with fingerprint " + fingerprint);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
