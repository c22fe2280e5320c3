package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import java.util.List;

/** Builds evidence clues shared by the checks. */
final class Clues {
  private Clues() {}

  /**
   * Returns a clue at the literal a value came from, if it is on another line than {@code use}, or
   * at the declaration of another file's constant it came from.
   */
  static List<Hit.Clue> constantAt(Node use, Constants.Value value) {
    Constants.Origin origin = value.origin();
    if (origin != null) {
      return List.of(new Hit.Clue(origin.line(), origin.constant() + " = \"" + value.text() + "\"",
          origin.path(), origin.code()));
    }
    int useLine = use.getBegin().map(p -> p.line).orElse(0);
    if (value.line() == 0 || value.line() == useLine) return List.of();
    return List.of(new Hit.Clue(value.line(), "the value \"" + value.text() + "\" is set here"));
  }
}
