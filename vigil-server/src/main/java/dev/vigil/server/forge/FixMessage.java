package dev.vigil.server.forge;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore.PatchRecord;

/**
 * The message of a fix commit: a subject naming the rule and the location, the patch's rationale and
 * notes, and trailers naming the finding (id, rule, location, fingerprint) and the patch's validation
 * verdict, so the commit says what it fixes without Vigil at hand.
 */
public final class FixMessage {
  private FixMessage() {}

  /** Returns the commit message of {@code patch}, which fixes {@code finding}. */
  public static String of(FindingRecord finding, PatchRecord patch) {
    String location = finding.path() + ":" + finding.line();
    StringBuilder message = new StringBuilder()
        .append("Fix ").append(finding.ruleId()).append(" in ").append(location).append("\n\n")
        .append(patch.rationale().strip()).append("\n");
    for (String note : patch.notes()) message.append("\nNote: ").append(note.strip()).append("\n");
    return message.append("\nVigil-Finding: ").append(finding.id())
        .append("\nVigil-Rule: ").append(finding.ruleId()).append(" (CWE-").append(finding.cwe()).append(", ")
        .append(finding.severity()).append(")")
        .append("\nVigil-Location: ").append(location)
        .append("\nVigil-Fingerprint: ").append(finding.fingerprint())
        .append("\nVigil-Patch-Validation: ").append(patch.validation().verdict().label())
        .append("\n").toString();
  }
}
