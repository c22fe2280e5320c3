package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.Finding;
import java.util.Collection;
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
