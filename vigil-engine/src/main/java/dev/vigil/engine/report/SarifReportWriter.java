package dev.vigil.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.ScanStats;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.io.Writer;
import dev.vigil.engine.validation.ValidationRecord;
import dev.vigil.engine.validation.ValidationStep;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes a SARIF 2.1.0 log with one run, valid against the OASIS schema and shaped for GitHub code
 * scanning.
 *
 * <p>Only findings present at the head are {@code results}. GitHub turns every result into an
 * open alert whatever its {@code kind} or {@code baselineState}, and closes an alert when its
 * result stops appearing; so a finding fixed within the window is listed in the run's
 * {@code properties.fixedFindings} (fingerprint, rule, path, line, introducing and fixing sha),
 * where it is kept for the record without reopening anything.
 *
 * <p>A result carries its rule id and index, a level from the finding's severity, the masked
 * message, one location relative to {@code %SRCROOT%} (columns only when known, the end column
 * made exclusive as SARIF counts it), {@code partialFingerprints["vigilFingerprint/v1"]}, a code
 * flow built from the evidence steps when there are any, and properties with the introducing
 * commit and the confidence, and, when the finding was validated, its {@code validation} record
 * (verdict, reason, steps, validatedAt, commit) as the API shows it. Each file version that was not analysed becomes a note among the
 * invocation's {@code toolExecutionNotifications}, so gaps in coverage show.
 */
final class SarifReportWriter implements ReportWriter {
  /** The schema a SARIF log names in {@code $schema}. */
  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of Vigil's fingerprint in {@code partialFingerprints}. */
  static final String FINGERPRINT_KEY = "vigilFingerprint/v1";
  /** The base id of artifact locations: the root of the scanned repository. */
  static final String SRCROOT = "%SRCROOT%";
  /** The id of the notification descriptor for a file version that was not analysed. */
  static final String SKIPPED_FILE = "skipped-file";

  private final ToolInfo tool;
  private final Map<String, ValidationRecord> validations;
  private final PrettyJson json = new PrettyJson();

  SarifReportWriter(ToolInfo tool, Map<String, ValidationRecord> validations) {
    this.tool = tool;
    this.validations = validations;
  }

  @Override
  public void write(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    ObjectMapper mapper = json.mapper();
    SarifRules ruleTable = new SarifRules(rules, result.findings());

    ObjectNode log = mapper.createObjectNode();
    log.put("$schema", SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    run.set("tool", tool(mapper, ruleTable));
    run.putArray("invocations").add(invocation(mapper, result.skipped()));
    run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
        .put("text", "The root of the scanned repository.");
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (TrackedFinding finding : result.findings()) {
      if (finding.presentAtHead()) results.add(result(mapper, finding, ruleTable, validations));
    }
    run.set("properties", runProperties(mapper, result));
    json.write(log, out);
  }

  private ObjectNode tool(ObjectMapper mapper, SarifRules ruleTable) {
    ObjectNode toolNode = mapper.createObjectNode();
    ObjectNode driver = toolNode.putObject("driver");
    driver.put("name", ToolInfo.NAME);
    driver.put("version", tool.version());
    if (tool.informationUri() != null) driver.put("informationUri", tool.informationUri());
    driver.set("rules", ruleTable.toJson(mapper));
    ObjectNode skipped = driver.putArray("notifications").addObject();
    skipped.put("id", SKIPPED_FILE);
    skipped.put("name", "SkippedFile");
    skipped.putObject("shortDescription").put("text", "A file version was not analysed.");
    skipped.putObject("defaultConfiguration").put("level", "note");
    if (!tool.analyzers().isEmpty()) {
      ArrayNode extensions = toolNode.putArray("extensions");
      for (AnalyzerInfo analyzer : tool.analyzers()) {
        extensions.addObject().put("name", analyzer.id()).put("version", analyzer.version());
      }
    }
    return toolNode;
  }

  private static ObjectNode invocation(ObjectMapper mapper, List<SkippedFile> skipped) {
    ObjectNode invocation = mapper.createObjectNode();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (SkippedFile file : skipped) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "note");
      notification.putObject("message").put("text", skippedMessage(file));
      notification.putArray("locations").addObject()
          .set("physicalLocation", artifactOnly(mapper, file.path()));
      notification.putObject("descriptor").put("id", SKIPPED_FILE).put("index", 0);
      ObjectNode properties = notification.putObject("properties");
      properties.put("path", file.path());
      properties.put("reason", file.reason().name().toLowerCase(Locale.ROOT));
      putIfPresent(properties, "blobId", file.blobId());
      putIfPresent(properties, "commit", file.commitSha());
      putIfPresent(properties, "detail", file.detail());
    }
    return invocation;
  }

  /** Returns e.g. {@code Not analysed: assets/logo.png (binary content) at 0123456789}. */
  static String skippedMessage(SkippedFile file) {
    StringBuilder message = new StringBuilder("Not analysed: ").append(file.path())
        .append(" (").append(file.reason().description()).append(')');
    if (file.commitSha() != null && !file.commitSha().isEmpty()) {
      message.append(" at ").append(file.commitSha(), 0, Math.min(10, file.commitSha().length()));
    }
    if (!file.detail().isEmpty()) message.append(": ").append(file.detail());
    return message.toString();
  }

  private static ObjectNode result(ObjectMapper mapper, TrackedFinding tracked,
      SarifRules ruleTable, Map<String, ValidationRecord> validations) {
    Finding finding = tracked.finding();
    ObjectNode result = mapper.createObjectNode();
    result.put("ruleId", finding.ruleId());
    result.put("ruleIndex", ruleTable.indexOf(finding.ruleId()));
    result.put("level", SarifRules.level(finding.severity()));
    result.putObject("message").put("text", finding.message());
    result.putArray("locations").add(location(mapper, finding.location(), null, null));
    result.putObject("partialFingerprints").put(FINGERPRINT_KEY, tracked.fingerprint());
    if (!finding.evidence().isEmpty()) {
      ArrayNode steps = result.putArray("codeFlows").addObject()
          .putArray("threadFlows").addObject()
          .putArray("locations");
      for (EvidenceStep step : finding.evidence()) {
        steps.addObject().set("location",
            location(mapper, step.location(), step.code(), step.description()));
      }
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("presentAtHead", tracked.presentAtHead());
    if (tracked.introducedIn() != null) {
      properties.put("introducedIn", tracked.introducedIn().sha());
      properties.put("introducedAt", tracked.introducedIn().date().toString());
    }
    if (tracked.fixedIn() != null) properties.put("fixedIn", tracked.fixedIn().sha());
    properties.put("confidence", finding.confidence().label());
    properties.put("severity", finding.severity().label());
    properties.put("commitsPresent", tracked.commitsPresent());
    ValidationRecord validation = validations.get(tracked.fingerprint());
    if (validation != null) properties.set("validation", validation(mapper, validation));
    return result;
  }

  /** Returns a validation record as the API writes it; {@code command} only when a step ran one. */
  private static ObjectNode validation(ObjectMapper mapper, ValidationRecord record) {
    ObjectNode node = mapper.createObjectNode();
    node.put("verdict", record.verdict().label());
    node.put("reason", record.reason());
    ArrayNode steps = node.putArray("steps");
    for (ValidationStep step : record.steps()) {
      ObjectNode item = steps.addObject();
      item.put("name", step.name());
      item.put("status", step.status().label());
      if (step.command() != null) item.put("command", step.command());
      item.put("output", step.output());
      item.put("durationMillis", step.durationMillis());
    }
    node.put("validatedAt", record.validatedAt().toString());
    node.put("commit", record.commit());
    return node;
  }

  private static ObjectNode location(ObjectMapper mapper, Location where, String code,
      String description) {
    ObjectNode location = mapper.createObjectNode();
    ObjectNode physical = artifactOnly(mapper, where.path());
    ObjectNode region = physical.putObject("region");
    region.put("startLine", where.line());
    if (where.column() > 0) region.put("startColumn", where.column());
    region.put("endLine", where.endLine());
    if (where.column() > 0 && where.endColumn() > 0) {
      region.put("endColumn", where.endColumn() + 1);
    }
    if (code != null && !code.isEmpty()) region.putObject("snippet").put("text", code);
    location.set("physicalLocation", physical);
    if (description != null) location.putObject("message").put("text", description);
    return location;
  }

  private static ObjectNode artifactOnly(ObjectMapper mapper, String path) {
    ObjectNode physical = mapper.createObjectNode();
    physical.putObject("artifactLocation")
        .put("uri", ArtifactUri.relative(path))
        .put("uriBaseId", SRCROOT);
    return physical;
  }

  private static ObjectNode runProperties(ObjectMapper mapper, ScanResult result) {
    ObjectNode properties = mapper.createObjectNode();
    if (result.head() != null) properties.put("headCommit", result.head().sha());
    properties.put("commitsScanned", result.commitsScanned());
    ScanStats stats = result.stats();
    if (stats != null) {
      properties.putObject("stats")
          .put("blobsRead", stats.blobsRead())
          .put("bytesAnalysed", stats.bytesAnalysed())
          .put("analyzerRuns", stats.analyzerRuns())
          .put("cacheHits", stats.cacheHits());
    }
    if (result.elapsed() != null) properties.put("elapsedMillis", result.elapsed().toMillis());
    ArrayNode fixed = properties.putArray("fixedFindings");
    for (TrackedFinding tracked : result.findings()) {
      if (tracked.presentAtHead()) continue;
      Finding finding = tracked.finding();
      ObjectNode entry = fixed.addObject();
      entry.put("fingerprint", tracked.fingerprint());
      entry.put("ruleId", finding.ruleId());
      entry.put("severity", finding.severity().label());
      entry.put("message", finding.message());
      entry.put("path", finding.location().path());
      entry.put("line", finding.location().line());
      putSha(entry, "introducedIn", tracked.introducedIn());
      putSha(entry, "fixedIn", tracked.fixedIn());
    }
    return properties;
  }

  private static void putSha(ObjectNode node, String name, CommitInfo commit) {
    if (commit != null) node.put(name, commit.sha());
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null && !value.isEmpty()) node.put(name, value);
  }
}
