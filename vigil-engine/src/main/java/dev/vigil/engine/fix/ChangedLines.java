package dev.vigil.engine.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Where an edit changes its file, in old line numbers (1-based): each change is the old lines it
 * replaces ({@code first..last}), or for a pure insertion the old line it follows ({@code last <
 * first}); and the text of the lines it adds.
 */
record ChangedLines(List<Change> changes) {
  /** One change: old lines {@code first..last} (empty when {@code last < first}) and the added lines. */
  record Change(int first, int last, List<String> added, List<String> removed) {}

  /** Returns the changes {@code edit} makes. */
  static ChangedLines of(FileEdit edit) {
    RawText a = new RawText(edit.before().getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(edit.after().getBytes(StandardCharsets.UTF_8));
    List<Change> changes = new ArrayList<>();
    for (Edit change : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
        .diff(RawTextComparator.DEFAULT, a, b)) {
      List<String> added = new ArrayList<>();
      for (int i = change.getBeginB(); i < change.getEndB(); i++) added.add(b.getString(i));
      List<String> removed = new ArrayList<>();
      for (int i = change.getBeginA(); i < change.getEndA(); i++) removed.add(a.getString(i));
      changes.add(new Change(change.getBeginA() + 1, change.getEndA(), added, removed));
    }
    return new ChangedLines(List.copyOf(changes));
  }

  /** Returns every added line. */
  List<String> added() {
    return changes.stream().flatMap(c -> c.added().stream()).toList();
  }
}
