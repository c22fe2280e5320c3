package dev.vigil.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.ScanStats;
import dev.vigil.engine.git.Sighting;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes Vigil's JSON report: {@code {"findings": [...], "skipped": [...], "scan": {...}}}.
 *
 * <p>The member names are a contract that external checks rely on; the records below spell them
 * out. Each finding has {@code fingerprint, ruleId, cwe ("CWE-798" or null), severity, confidence,
 * message, path, line, introducedIn, fixedIn, presentAtHead, evidence, excerpt, commitsPresent,
 * sightings}; a commit is {@code {sha, author, date, message}} with an ISO-8601 UTC date, or null.
 * Findings come in {@link ScanResult#REPORT_ORDER}. Rules are not listed: each finding names its
 * rule and CWE.
 */
final class JsonReportWriter implements ReportWriter {
  private final ToolInfo tool;
  private final PrettyJson json = new PrettyJson();

  JsonReportWriter(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public void write(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    json.write(new Report(
        result.findings().stream().map(JsonReportWriter::finding).toList(),
        result.skipped().stream().map(JsonReportWriter::skipped).toList(),
        scan(result)), out);
  }

  private static FindingJson finding(TrackedFinding tracked) {
    Finding finding = tracked.finding();
    return new FindingJson(
        tracked.fingerprint(),
        finding.ruleId(),
        Cwe.label(finding.cwe()),
        finding.severity().label(),
        finding.confidence().label(),
        finding.message(),
        finding.location().path(),
        finding.location().line(),
        commit(tracked.introducedIn()),
        commit(tracked.fixedIn()),
        tracked.presentAtHead(),
        finding.evidence().stream().map(JsonReportWriter::step).toList(),
        finding.excerpt(),
        tracked.commitsPresent(),
        tracked.sightings().stream().map(JsonReportWriter::sighting).toList());
  }

  private static CommitJson commit(CommitInfo commit) {
    if (commit == null) return null;
    return new CommitJson(commit.sha(), commit.author(), commit.date().toString(),
        commit.message());
  }

  private static StepJson step(EvidenceStep step) {
    return new StepJson(step.location().path(), step.location().line(), step.location().column(),
        step.code(), step.description());
  }

  private static SightingJson sighting(Sighting sighting) {
    return new SightingJson(sighting.commitSha(), sighting.path(), sighting.line(),
        sighting.blobId());
  }

  private static SkippedJson skipped(SkippedFile file) {
    return new SkippedJson(file.path(), file.blobId(), file.commitSha(),
        file.reason().name().toLowerCase(Locale.ROOT), file.detail());
  }

  private ScanJson scan(ScanResult result) {
    ScanStats stats = result.stats() == null ? new ScanStats(0, 0, 0, 0) : result.stats();
    Duration elapsed = result.elapsed() == null ? Duration.ZERO : result.elapsed();
    return new ScanJson(
        commit(result.head()),
        result.commitsScanned(),
        new StatsJson(stats.blobsRead(), stats.bytesAnalysed(), stats.analyzerRuns(),
            stats.cacheHits()),
        elapsed.toMillis(),
        new ToolJson(ToolInfo.NAME, tool.version(), tool.informationUri(), tool.analyzers()));
  }

  @JsonPropertyOrder({"findings", "skipped", "scan"})
  record Report(List<FindingJson> findings, List<SkippedJson> skipped, ScanJson scan) {}

  @JsonPropertyOrder({"fingerprint", "ruleId", "cwe", "severity", "confidence", "message", "path",
      "line", "introducedIn", "fixedIn", "presentAtHead", "evidence", "excerpt", "commitsPresent",
      "sightings"})
  record FindingJson(
      String fingerprint,
      String ruleId,
      String cwe,
      String severity,
      String confidence,
      String message,
      String path,
      int line,
      CommitJson introducedIn,
      CommitJson fixedIn,
      boolean presentAtHead,
      List<StepJson> evidence,
      String excerpt,
      int commitsPresent,
      List<SightingJson> sightings) {}

  @JsonPropertyOrder({"sha", "author", "date", "message"})
  record CommitJson(String sha, String author, String date, String message) {}

  @JsonPropertyOrder({"path", "line", "column", "code", "description"})
  record StepJson(String path, int line, int column, String code, String description) {}

  @JsonPropertyOrder({"commit", "path", "line", "blobId"})
  record SightingJson(String commit, String path, int line, String blobId) {}

  @JsonPropertyOrder({"path", "blobId", "commit", "reason", "detail"})
  record SkippedJson(String path, String blobId, String commit, String reason, String detail) {}

  @JsonPropertyOrder({"head", "commitsScanned", "stats", "elapsedMillis", "tool"})
  record ScanJson(CommitJson head, int commitsScanned, StatsJson stats, long elapsedMillis,
      ToolJson tool) {}

  @JsonPropertyOrder({"blobsRead", "bytesAnalysed", "analyzerRuns", "cacheHits"})
  record StatsJson(long blobsRead, long bytesAnalysed, long analyzerRuns, long cacheHits) {}

  @JsonPropertyOrder({"name", "version", "informationUri", "analyzers"})
  record ToolJson(String name, String version, String informationUri,
      List<AnalyzerInfo> analyzers) {}
}
