package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.Fingerprints;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * For secrets: whether the secret is still in the head tree, and what its format check verified
 * (the secrets rules verify a checksum where the format has one, at detection). A secret still at
 * its place whose checksum verifies is {@link Verdict#REPRODUCED}: it is a real token of that
 * product; one that only matches a format is {@link Verdict#LIKELY}. A secret gone from the whole
 * head tree is {@link Verdict#NOT_PRESENT}, though it stays in the history.
 */
public final class SecretCheck implements Validator {
  /** The step name. */
  public static final String NAME = "secret-check";
  /** How many findings of one rule with the same secret in one file are looked for. */
  private static final int MAX_ORDINAL = 5;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(Finding finding) {
    return finding.ruleId().startsWith("secrets.");
  }

  @Override
  public boolean needsPresence() {
    return false;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    Finding finding = target.finding();
    Optional<Finding> here = head.finding(target.fingerprint());
    if (here.isPresent()) {
      String note = verification(here.get());
      boolean checksum = verifiesChecksum(note);
      String output = "Still in the head tree at " + where(here.get()) + ". Format of "
          + finding.ruleId() + " matched; " + note + ".";
      return checksum
          ? new Proof(ValidationStep.passed(NAME, output), Verdict.REPRODUCED,
              "the secret is still in the head tree and its checksum verifies: " + note)
          : new Proof(ValidationStep.passed(NAME, output), Verdict.LIKELY,
              "the secret is still in the head tree and matches the format of " + finding.ruleId()
                  + " (no checksum to verify: " + note + ")");
    }
    Optional<Finding> moved = elsewhere(target, head);
    if (moved.isPresent()) {
      return Proof.neutral(ValidationStep.passed(NAME, "No longer at " + finding.location().path()
          + ", but the same secret is still in the head tree at " + where(moved.get())
          + " (a finding of its own)."));
    }
    String gone = "the secret is no longer in the head tree at " + head.shortCommit()
        + "; it stays in the history, so rotate it if it was ever real";
    return new Proof(ValidationStep.failed(NAME, PresentAtHead.capitalised(gone) + "."),
        Verdict.NOT_PRESENT, gone);
  }

  /**
   * Returns a finding at the head that holds the same secret under the same rule at another path:
   * the one whose fingerprint, were it at the target's path, is the target's.
   */
  private static Optional<Finding> elsewhere(ValidationTarget target, HeadSnapshot head) {
    String path = target.finding().location().path();
    return head.all().stream()
        .filter(f -> f.ruleId().equals(target.finding().ruleId()))
        .filter(f -> Fingerprints.of(Collections.nCopies(MAX_ORDINAL, f.withPath(path)))
            .contains(target.fingerprint()))
        .findFirst();
  }

  /** Returns what the rule's validator verified, as the secrets analyzer wrote it in the evidence. */
  private static String verification(Finding finding) {
    String text = finding.evidence().stream().map(EvidenceStep::description).findFirst().orElse("");
    int separator = text.indexOf("; ");
    return separator < 0 ? "no format check recorded" : text.substring(separator + 2);
  }

  private static boolean verifiesChecksum(String note) {
    String lower = note.toLowerCase(Locale.ROOT);
    return lower.contains("checksum") && lower.contains("verified") && !lower.contains("not verified");
  }

  private static String where(Finding finding) {
    return finding.location().path() + ":" + finding.location().line();
  }
}
