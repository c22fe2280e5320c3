package dev.vigil.engine.git;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a pass: every finding seen in the window with its history, every file version
 * that could not be analysed, the head commit (null for a tree scan), how many commits were
 * walked, what it cost and how long it took.
 */
public record ScanResult(
    List<TrackedFinding> findings,
    List<SkippedFile> skipped,
    CommitInfo head,
    int commitsScanned,
    ScanStats stats,
    Duration elapsed) {

  /** The order reports list findings in: present ones first, worst first, then by place. */
  public static final Comparator<TrackedFinding> REPORT_ORDER =
      Comparator.comparing((TrackedFinding f) -> !f.presentAtHead())
          .thenComparing(f -> f.finding().severity())
          .thenComparing(f -> f.finding().location().path())
          .thenComparingInt(f -> f.finding().location().line())
          .thenComparing(TrackedFinding::fingerprint);

  public ScanResult {
    findings = findings.stream().sorted(REPORT_ORDER).toList();
    skipped = List.copyOf(skipped);
  }
}
