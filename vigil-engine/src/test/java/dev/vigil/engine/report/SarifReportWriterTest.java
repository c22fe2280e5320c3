package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
  private final ReportWriter writer =
      ReportFormat.SARIF.writer(ReportOptions.of(SampleScans.TOOL));
  private final ObjectMapper mapper = new ObjectMapper();
  private final SarifSchema schema = new SarifSchema();

  @Test
  void validatesAgainstTheOfficialSchema() throws IOException {
    String sarif = write(SampleScans.full());

    assertThat(schema.validate(sarif)).isEmpty();
  }

  @Test
  void validatesAgainstTheOfficialSchemaWhenNothingWasFound() throws IOException {
    String sarif = write(SampleScans.empty());

    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(run(sarif).get("results")).isEmpty();
  }

  @Test
  void schemaCheckRejectsAnInvalidLog() {
    String invalid = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}},"
        + " \"results\": [{\"level\": \"fatal\", \"message\": {\"text\": \"x\"},"
        + " \"locations\": [{\"physicalLocation\": {\"artifactLocation\":"
        + " {\"uri\": \"my file.txt\"}}}]}]}]}";

    assertThat(schema.validate(invalid)).extracting(e -> e.getInstanceLocation().toString())
        .contains("/runs/0/tool/driver", "/runs/0/results/0/level",
            "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri");
  }

  @Test
  void namesTheToolAndTheAnalyzersThatRan() throws IOException {
    JsonNode tool = run(write(SampleScans.full())).get("tool");

    assertThat(tool.at("/driver/name").asText()).isEqualTo("Vigil");
    assertThat(tool.at("/driver/version").asText()).isEqualTo("0.1.0-test");
    assertThat(tool.at("/driver/informationUri").asText()).isEqualTo("https://vigil.example.org/");
    assertThat(tool.at("/extensions/0/name").asText()).isEqualTo("secrets");
    assertThat(tool.at("/extensions/1/name").asText()).isEqualTo("java");
    assertThat(tool.at("/extensions/1/version").asText()).isEqualTo("1");
  }

  @Test
  void describesEveryRuleAndEveryRuleIdFoundWithoutDescription() throws IOException {
    JsonNode rules = run(write(SampleScans.full())).at("/tool/driver/rules");

    assertThat(texts(rules, "id")).containsExactly(SampleScans.AWS_KEY, SampleScans.PASSWORD,
        SampleScans.SQL_INJECTION, SampleScans.SLACK_TOKEN, SampleScans.PRIVATE_KEY,
        SampleScans.XSS);
    JsonNode aws = rules.get(0);
    assertThat(aws.get("name").asText()).isEqualTo("AWS access key");
    assertThat(aws.at("/shortDescription/text").asText()).isEqualTo("AWS access key");
    assertThat(aws.at("/fullDescription/text").asText())
        .isEqualTo("An AWS access key is committed; rotate it.");
    assertThat(aws.at("/help/text").asText()).isEqualTo("An AWS access key is committed; rotate"
        + " it.\n\nReferences:\n- https://cwe.mitre.org/data/definitions/798.html");
    assertThat(aws.get("helpUri").asText())
        .isEqualTo("https://cwe.mitre.org/data/definitions/798.html");
    assertThat(aws.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(texts(aws.at("/properties/tags"))).containsExactly("security",
        "external/cwe/cwe-798");
    assertThat(aws.at("/properties/security-severity").asText()).isEqualTo("9.5");
    assertThat(aws.at("/properties/precision").asText()).isEqualTo("high");

    JsonNode sqli = rules.get(2);
    assertThat(texts(sqli.at("/properties/tags"))).containsExactly("security",
        "external/cwe/cwe-89");
    assertThat(sqli.at("/properties/security-severity").asText()).isEqualTo("8.0");
    assertThat(sqli.has("helpUri")).as("a reference that is not a URI is no helpUri").isFalse();
    assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(3).at("/properties/security-severity").asText()).isEqualTo("5.5");

    JsonNode xss = rules.get(5);
    assertThat(xss.get("name").asText()).isEqualTo(SampleScans.XSS);
    assertThat(xss.at("/fullDescription/text").asText()).isEqualTo(SarifRules.UNDESCRIBED);
    assertThat(xss.at("/defaultConfiguration/level").asText()).isEqualTo("note");
    assertThat(xss.at("/properties/security-severity").asText()).isEqualTo("3.0");
    assertThat(texts(xss.at("/properties/tags"))).containsExactly("security",
        "external/cwe/cwe-79");
  }

  @Test
  void tagsARuleWithoutCweOnlyAsSecurity() throws IOException {
    RuleInfo todo = new RuleInfo("misc/todo", "TODO", "A TODO is left.", Severity.INFO,
        Confidence.LOW, 0, List.of());
    StringWriter out = new StringWriter();
    writer.write(SampleScans.empty(), List.of(todo), out);

    assertThat(schema.validate(out.toString())).isEmpty();
    JsonNode rule = run(out.toString()).at("/tool/driver/rules/0");
    assertThat(texts(rule.at("/properties/tags"))).containsExactly("security");
    assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("0.0");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void reportsFindingsPresentAtHeadAsResultsPointingIntoTheRuleTable() throws IOException {
    JsonNode run = run(write(SampleScans.full()));
    JsonNode results = run.get("results");

    assertThat(texts(results, "ruleId")).containsExactly(SampleScans.AWS_KEY,
        SampleScans.SQL_INJECTION, SampleScans.SLACK_TOKEN, SampleScans.XSS);
    for (JsonNode result : results) {
      int index = result.get("ruleIndex").asInt();
      assertThat(run.at("/tool/driver/rules/" + index + "/id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(texts(results, "level")).containsExactly("error", "error", "warning", "note");
  }

  @Test
  void keepsFixedFindingsOutOfResultsButInRunProperties() throws IOException {
    JsonNode run = run(write(SampleScans.full()));

    assertThat(texts(run.get("results"), "ruleId")).doesNotContain(SampleScans.PASSWORD);
    JsonNode fixed = run.at("/properties/fixedFindings");
    assertThat(fixed).hasSize(1);
    assertThat(fixed.at("/0/fingerprint").asText()).isEqualTo("fp-password");
    assertThat(fixed.at("/0/ruleId").asText()).isEqualTo(SampleScans.PASSWORD);
    assertThat(fixed.at("/0/path").asText()).isEqualTo("config/db.yml");
    assertThat(fixed.at("/0/line").asInt()).isEqualTo(7);
    assertThat(fixed.at("/0/introducedIn").asText()).isEqualTo(SampleScans.INTRODUCED.sha());
    assertThat(fixed.at("/0/fixedIn").asText()).isEqualTo(SampleScans.FIXED.sha());
    assertThat(run.at("/properties/headCommit").asText()).isEqualTo(SampleScans.HEAD.sha());
    assertThat(run.at("/properties/commitsScanned").asInt()).isEqualTo(12);
  }

  @Test
  void writesMessageLocationFingerprintAndHistoryOfAResult() throws IOException {
    JsonNode result = result(run(write(SampleScans.full())), SampleScans.AWS_KEY);

    assertThat(result.at("/message/text").asText())
        .isEqualTo("AWS access key AKIA************MPLE in clear text");
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText())
        .isEqualTo("src/main/resources/application.properties");
    assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(names(physical.get("region"))).containsExactly("startLine", "endLine");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(result.at("/partialFingerprints/vigilFingerprint~1v1").asText())
        .isEqualTo("fp-aws");
    assertThat(result.has("codeFlows")).isFalse();
    JsonNode properties = result.get("properties");
    assertThat(properties.get("presentAtHead").asBoolean()).isTrue();
    assertThat(properties.get("introducedIn").asText()).isEqualTo(SampleScans.INTRODUCED.sha());
    assertThat(properties.has("fixedIn")).isFalse();
    assertThat(properties.get("confidence").asText()).isEqualTo("high");
  }

  @Test
  void buildsACodeFlowFromTheEvidenceSteps() throws IOException {
    JsonNode result = result(run(write(SampleScans.full())), SampleScans.SQL_INJECTION);

    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isEqualTo(42);
    assertThat(region.get("startColumn").asInt()).isEqualTo(17);
    assertThat(region.get("endLine").asInt()).isEqualTo(42);
    assertThat(region.get("endColumn").asInt()).as("SARIF end columns are exclusive").isEqualTo(61);
    JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
    assertThat(steps).hasSize(3);
    assertThat(texts(steps, "location", "message", "text")).containsExactly(
        "name comes from the HTTP request", "name is passed to UserDao.findByName",
        "the query runs with name concatenated into it");
    JsonNode first = steps.at("/0/location/physicalLocation");
    assertThat(first.at("/artifactLocation/uri").asText())
        .isEqualTo("src/main/java/app/UserController.java");
    assertThat(first.at("/region/startLine").asInt()).isEqualTo(18);
    assertThat(first.at("/region/startColumn").asInt()).isEqualTo(25);
    assertThat(first.at("/region/snippet/text").asText()).isEqualTo("@RequestParam String name");
  }

  @Test
  void carriesTheValidationRecordInTheResultsProperties() throws IOException {
    var record = new dev.vigil.engine.validation.ValidationRecord(
        dev.vigil.engine.validation.Verdict.LIKELY, "reachable from HTTP route GET /users",
        List.of(dev.vigil.engine.validation.ValidationStep.passed("present-at-head", "still there").withDuration(12),
            dev.vigil.engine.validation.ValidationStep.notApplicable("build", "no environment")),
        java.time.Instant.parse("2026-12-05T12:00:00Z"), "3333333333");
    StringWriter out = new StringWriter();
    ReportFormat.SARIF.writer(ReportOptions.of(SampleScans.TOOL)
        .withValidations(java.util.Map.of("fp-sqli", record))).write(SampleScans.full(), SampleScans.RULES, out);

    JsonNode validation = result(run(out.toString()), SampleScans.SQL_INJECTION).at("/properties/validation");

    assertThat(schema.validate(out.toString())).isEmpty();
    assertThat(mapper.writeValueAsString(validation)).isEqualTo("{\"verdict\":\"likely\","
        + "\"reason\":\"reachable from HTTP route GET /users\",\"steps\":[{\"name\":\"present-at-head\","
        + "\"status\":\"passed\",\"output\":\"still there\",\"durationMillis\":12},{\"name\":\"build\","
        + "\"status\":\"not-applicable\",\"output\":\"no environment\",\"durationMillis\":0}],"
        + "\"validatedAt\":\"2026-12-05T12:00:00Z\",\"commit\":\"3333333333\"}");
    assertThat(result(run(out.toString()), SampleScans.AWS_KEY).at("/properties").has("validation")).isFalse();
  }

  @Test
  void percentEncodesPathsWithSpacesAndUnicode() throws IOException {
    JsonNode result = result(run(write(SampleScans.full())), SampleScans.SLACK_TOKEN);

    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("docs/%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20notes/my%20config%20%C3%BC.properties");
  }

  @Test
  void keepsMarkupAndQuotesOfMessagesAsText() throws IOException {
    JsonNode result = result(run(write(SampleScans.full())), SampleScans.XSS);

    assertThat(result.at("/message/text").asText()).isEqualTo(SampleScans.SCRIPT_MESSAGE);
  }

  @Test
  void reportsEverySkippedFileAsANotification() throws IOException {
    JsonNode invocation = run(write(SampleScans.full())).at("/invocations/0");

    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertThat(notifications).hasSize(3);
    JsonNode binary = notifications.get(0);
    assertThat(binary.get("level").asText()).isEqualTo("note");
    assertThat(binary.at("/message/text").asText())
        .isEqualTo("Not analysed: assets/logo.png (binary content) at 3333333333");
    assertThat(binary.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("assets/logo.png");
    assertThat(binary.at("/descriptor/id").asText()).isEqualTo("skipped-file");
    assertThat(binary.at("/properties/reason").asText()).isEqualTo("binary");
    assertThat(notifications.at("/2/message/text").asText())
        .isEqualTo("Not analysed: src/Broken.java (an analyzer failed on it) at 3333333333:"
            + " java: unexpected token at line 3");
    assertThat(notifications.at("/2/properties/reason").asText()).isEqualTo("analyzer_error");
  }

  private String write(ScanResult result) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(result, SampleScans.RULES, out);
    return out.toString();
  }

  private JsonNode run(String sarif) throws IOException {
    JsonNode log = mapper.readTree(sarif);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    return log.at("/runs/0");
  }

  private static JsonNode result(JsonNode run, String ruleId) {
    for (JsonNode result : run.get("results")) {
      if (result.get("ruleId").asText().equals(ruleId)) return result;
    }
    throw new AssertionError("no result of rule " + ruleId);
  }

  private static List<String> texts(JsonNode array, String... path) {
    List<String> texts = new ArrayList<>();
    for (JsonNode element : array) {
      JsonNode node = element;
      for (String name : path) node = node.path(name);
      texts.add(node.asText());
    }
    return texts;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
