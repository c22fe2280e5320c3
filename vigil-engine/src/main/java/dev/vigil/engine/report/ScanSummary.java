package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts a person wants after a scan: findings by severity, how many are open and fixed,
 * commits scanned, and files skipped by reason. Maps hold only non-zero counts, in enum order.
 */
public record ScanSummary(
    Map<Severity, Integer> bySeverity,
    int open,
    int fixed,
    int commitsScanned,
    Map<SkippedFile.Reason, Integer> skippedByReason) {

  public ScanSummary {
    bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    skippedByReason = Collections.unmodifiableMap(new EnumMap<>(skippedByReason));
  }

  /** Returns the counts of {@code result}. */
  public static ScanSummary of(ScanResult result) {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    int open = 0;
    for (TrackedFinding finding : result.findings()) {
      bySeverity.merge(finding.finding().severity(), 1, Integer::sum);
      if (finding.presentAtHead()) open++;
    }
    Map<SkippedFile.Reason, Integer> skipped = new EnumMap<>(SkippedFile.Reason.class);
    for (SkippedFile file : result.skipped()) skipped.merge(file.reason(), 1, Integer::sum);
    return new ScanSummary(bySeverity, open, result.findings().size() - open,
        result.commitsScanned(), skipped);
  }

  /** Returns the number of findings, open and fixed. */
  public int findings() {
    return open + fixed;
  }

  /** Returns the number of file versions not analysed. */
  public int skipped() {
    return skippedByReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the summary as one sentence, e.g. {@code 3 findings (1 high, 2 low; 2 open, 1 fixed),
   * 12 commits scanned, 1 file skipped (1 binary).}
   */
  public String line() {
    StringBuilder line = new StringBuilder(count(findings(), "finding", "findings"));
    if (findings() > 0) {
      List<String> severities = new ArrayList<>();
      bySeverity.forEach((severity, n) -> severities.add(n + " " + severity.label()));
      line.append(" (").append(String.join(", ", severities))
          .append("; ").append(open).append(" open, ").append(fixed).append(" fixed)");
    }
    line.append(", ").append(count(commitsScanned, "commit", "commits")).append(" scanned");
    line.append(", ").append(count(skipped(), "file", "files")).append(" skipped");
    if (skipped() > 0) {
      List<String> reasons = new ArrayList<>();
      skippedByReason.forEach((reason, n) -> reasons.add(n + " " + reasonLabel(reason)));
      line.append(" (").append(String.join(", ", reasons)).append(')');
    }
    return line.append('.').toString();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String reasonLabel(SkippedFile.Reason reason) {
    if (reason == SkippedFile.Reason.IGNORED) return "by .vigilignore";
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
