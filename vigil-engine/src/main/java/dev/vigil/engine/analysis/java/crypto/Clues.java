package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ast.Node;
import java.util.List;

/** Builds evidence clues shared by the checks. */
final class Clues {
  private Clues() {}

  /** Returns a clue at the literal a value came from, if it is on another line than {@code use}. */
  static List<Hit.Clue> constantAt(Node use, Constants.Value value) {
    int useLine = use.getBegin().map(p -> p.line).orElse(0);
    if (value.line() == 0 || value.line() == useLine) return List.of();
    return List.of(new Hit.Clue(value.line(), "the value \"" + value.text() + "\" is set here"));
  }
}
