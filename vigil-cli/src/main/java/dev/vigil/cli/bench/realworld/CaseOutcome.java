package dev.vigil.cli.bench.realworld;

import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.util.List;
import java.util.Objects;

/**
 * What the window pass of one case showed: its status; the findings of the case's CWE in the
 * patched files ({@code matches}); the other findings the fix commit closed; the patched files the
 * fix does not change (a broken case); and the patched files' versions that were not analysed.
 */
public record CaseOutcome(RealWorldCase realCase, CaseStatus status, List<TrackedFinding> matches,
    List<TrackedFinding> closedElsewhere, List<String> filesNotChanged, List<SkippedFile> skipped,
    int commitsScanned) {

  public CaseOutcome {
    Objects.requireNonNull(realCase, "realCase == null");
    Objects.requireNonNull(status, "status == null");
    matches = List.copyOf(matches);
    closedElsewhere = List.copyOf(closedElsewhere);
    filesNotChanged = List.copyOf(filesNotChanged);
    skipped = List.copyOf(skipped);
  }

  /** Returns the status the findings of a window give {@code realCase}. */
  static CaseStatus statusOf(RealWorldCase realCase, List<TrackedFinding> matches) {
    if (matches.stream().anyMatch(f -> closedBy(f, realCase.fix()))) return CaseStatus.FOUND;
    return matches.isEmpty() ? CaseStatus.MISSED : CaseStatus.SEEN;
  }

  /** Returns true if {@code finding} names {@code sha} as the commit that fixed it. */
  static boolean closedBy(TrackedFinding finding, String sha) {
    return finding.fixedIn() != null && finding.fixedIn().sha().equals(sha);
  }

  /** Returns true if {@code finding} has the case's CWE and its own location in a patched file. */
  static boolean matches(RealWorldCase realCase, TrackedFinding finding) {
    return finding.finding().cwe() == realCase.cwe()
        && realCase.files().contains(finding.finding().location().path());
  }
}
