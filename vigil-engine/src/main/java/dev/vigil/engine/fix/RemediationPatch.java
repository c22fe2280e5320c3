package dev.vigil.engine.fix;

import java.util.List;
import java.util.Objects;

/**
 * A proposed fix for one finding: the rule it fixes, why the change fixes it, notes a person must
 * act on outside the code (e.g. rotate an exposed secret), and the files it changes. The unified
 * diff is derived from the edits, so it always says exactly what applying the patch does.
 */
public record RemediationPatch(String ruleId, String rationale, List<String> notes, List<FileEdit> edits) {
  public RemediationPatch {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(rationale, "rationale == null");
    notes = List.copyOf(notes);
    edits = edits.stream().filter(FileEdit::changes).toList();
    if (edits.isEmpty()) throw new IllegalArgumentException("a patch must change at least one file");
  }

  /** Returns the paths of the files the patch changes, in order. */
  public List<String> files() {
    return edits.stream().map(FileEdit::path).toList();
  }

  /** Returns the patch as a unified diff ({@code git apply} reads it). */
  public String diff() {
    return UnifiedDiff.format(edits);
  }

  /** Returns the edit of {@code path}, if the patch changes it. */
  public java.util.Optional<FileEdit> edit(String path) {
    return edits.stream().filter(e -> e.path().equals(path)).findFirst();
  }
}
