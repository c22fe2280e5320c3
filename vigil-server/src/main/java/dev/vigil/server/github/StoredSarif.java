package dev.vigil.server.github;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.ScanStats;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.report.ReportFormat;
import dev.vigil.engine.report.ReportOptions;
import dev.vigil.engine.report.ToolInfo;
import dev.vigil.server.jobs.AnalyzerSet;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the SARIF log of a finished scan with the engine's SARIF writer, from the repository's
 * stored findings rather than the scan's own result: an incremental scan's result holds only its
 * new commits, and GitHub closes every alert an upload leaves out. So the log lists the findings
 * Vigil's analyzers report present at the scan's head, minus those rejected as false positives;
 * imported ({@code external:}) findings are not Vigil's to upload.
 */
public final class StoredSarif {
  private final FindingStore findings;
  private final ScanStore scans;
  private final AnalyzerSet analyzers;

  public StoredSarif(FindingStore findings, ScanStore scans, AnalyzerSet analyzers) {
    this.findings = findings;
    this.scans = scans;
    this.analyzers = analyzers;
  }

  /** Returns the SARIF 2.1.0 log of {@code scan} as UTF-8 bytes. */
  public byte[] write(ScanRecord scan) {
    List<Analyzer> ran = analyzers.current();
    List<RuleInfo> rules = ran.stream().flatMap(a -> a.rules().stream()).toList();
    Set<String> ruleIds = rules.stream().map(RuleInfo::id).collect(Collectors.toSet());
    List<TrackedFinding> present = findings.withEvidence(scan.repositoryId()).stream()
        .filter(f -> f.presentAtHead() && !"rejected".equals(f.status()) && ruleIds.contains(f.ruleId()))
        .map(StoredSarif::tracked).toList();
    // The log names only the head's sha; the scan's end stands in for the commit date it does not show.
    ScanResult result = new ScanResult(present, scans.skipped(scan.id()),
        new CommitInfo(scan.headSha(), null, scan.finishedAt(), null),
        scan.commitsDone(), new ScanStats(0, 0, 0, 0), null);
    String version = StoredSarif.class.getPackage().getImplementationVersion();
    ToolInfo tool = ToolInfo.of(version == null ? "0-dev" : version, null, ran);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportFormat.SARIF.writer(ReportOptions.of(tool)).write(result, rules, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static TrackedFinding tracked(FindingRecord f) {
    Finding finding = new Finding(f.ruleId(), f.cwe(), Severity.parse(f.severity()), Confidence.parse(f.confidence()),
        f.message(), new Location(f.path(), f.line(), 0, f.line(), 0), f.excerpt(), null, f.evidence());
    return new TrackedFinding(f.fingerprint(), finding, f.introducedIn(), f.fixedIn(), true, f.commitsPresent(),
        f.sightings());
  }
}
