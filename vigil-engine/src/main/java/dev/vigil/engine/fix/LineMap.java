package dev.vigil.engine.fix;

import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Maps line numbers (1-based) of a text to those of an edited version: an unchanged line to where it
 * moved; a line inside a changed region to the same line of the region that replaced it when both
 * have as many lines, else to as far into it as it was (its start) or to the region's last line (its end).
 */
final class LineMap {
  private final EditList edits;

  private LineMap(EditList edits) {
    this.edits = edits;
  }

  /** Returns the map from {@code before}'s lines to {@code after}'s. */
  static LineMap of(String before, String after) {
    return new LineMap(DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM).diff(
        RawTextComparator.DEFAULT, new RawText(before.getBytes(StandardCharsets.UTF_8)),
        new RawText(after.getBytes(StandardCharsets.UTF_8))));
  }

  /** Returns the new line where original line {@code line} starts. */
  int start(int line) {
    return map(line, true);
  }

  /** Returns the new line where original line {@code line} ends. */
  int end(int line) {
    return map(line, false);
  }

  private int map(int line, boolean start) {
    int index = line - 1;
    int shift = 0;
    for (Edit edit : edits) {
      if (index < edit.getBeginA()) break;
      if (index < edit.getEndA()) {
        int last = Math.max(edit.getBeginB(), edit.getEndB() - 1);
        if (edit.getEndA() - edit.getBeginA() == edit.getEndB() - edit.getBeginB()) {
          return edit.getBeginB() + (index - edit.getBeginA()) + 1;
        }
        return (start ? Math.min(edit.getBeginB() + (index - edit.getBeginA()), last) : last) + 1;
      }
      shift = edit.getEndB() - edit.getEndA();
    }
    return index + shift + 1;
  }
}
