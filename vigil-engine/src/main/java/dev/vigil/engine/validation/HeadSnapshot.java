package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fresh analysis of the branch head found: the commit, every finding present there by its
 * fingerprint, and the files that could not be analysed with why (presence in those is unknown).
 */
public record HeadSnapshot(String commit, Map<String, Finding> findings, Map<String, String> unanalysed) {
  public HeadSnapshot {
    Objects.requireNonNull(commit, "commit == null");
    findings = Map.copyOf(findings);
    unanalysed = Map.copyOf(unanalysed);
  }

  /**
   * Returns what a history pass found at its head commit: the findings present there and the files
   * of the head commit it could not analyse. A pass that just ran needs no second analysis.
   */
  public static HeadSnapshot of(ScanResult result) {
    if (result.head() == null) throw new IllegalArgumentException("a tree scan has no head commit");
    Map<String, Finding> present = new LinkedHashMap<>();
    for (TrackedFinding tracked : result.findings()) {
      if (tracked.presentAtHead()) present.put(tracked.fingerprint(), tracked.finding());
    }
    return of(result.head().sha(), present, result.skipped());
  }

  /**
   * Returns the snapshot of a pass that ran already: the findings it saw present at {@code commit}
   * by fingerprint, and its skipped files (those of {@code commit} count as not analysed there).
   */
  public static HeadSnapshot of(String commit, Map<String, Finding> present, Collection<SkippedFile> skipped) {
    Map<String, String> unanalysed = new LinkedHashMap<>();
    for (SkippedFile file : skipped) {
      if (!commit.equals(file.commitSha())) continue;
      unanalysed.putIfAbsent(file.path(), file.reason().description()
          + (file.detail().isEmpty() ? "" : ": " + file.detail()));
    }
    return new HeadSnapshot(commit, present, unanalysed);
  }

  /** Returns the finding with {@code fingerprint} at the head, if it is present. */
  public Optional<Finding> finding(String fingerprint) {
    return Optional.ofNullable(findings.get(fingerprint));
  }

  /** Returns every finding present at the head. */
  public Collection<Finding> all() {
    return findings.values();
  }

  /** Returns the first 12 characters of the commit, as shown to people. */
  public String shortCommit() {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
