package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.vigil.engine.analysis.Confidence;
import java.util.List;
import java.util.Objects;

/**
 * Where a check matched and why: the code range, a sentence naming what was found, the clues that
 * led there (for instance the constant that names the algorithm), and, for a hard-coded secret,
 * the secret itself so the analyzer can mask it and fingerprint it by hash; {@code confidence}
 * overrides the rule's when not null.
 */
record Hit(Range range, String detail, List<Clue> clues, String secret, Confidence confidence) {
  Hit {
    Objects.requireNonNull(range, "range == null");
    Objects.requireNonNull(detail, "detail == null");
    clues = List.copyOf(clues);
  }

  /** Returns a hit with the rule's confidence. */
  Hit(Range range, String detail, List<Clue> clues, String secret) {
    this(range, detail, clues, secret, null);
  }

  /** Returns a hit on {@code node} without clues or secret. */
  static Hit at(Node node, String detail) {
    return at(node, detail, List.of());
  }

  /** Returns a hit on {@code node} with clues. */
  static Hit at(Node node, String detail, List<Clue> clues) {
    return new Hit(node.getRange().orElseThrow(), detail, clues, null);
  }

  /** Returns this hit carrying a secret value to mask. */
  Hit withSecret(String value) {
    return new Hit(range, detail, clues, value, confidence);
  }

  /** Returns this hit with its own confidence instead of the rule's. */
  Hit withConfidence(Confidence own) {
    return new Hit(range, detail, clues, secret, own);
  }

  /**
   * One step of the evidence: a line and what happens there; {@code path} and {@code code} are
   * null for a line of the analysed file, else they name the other file and its line's code.
   */
  record Clue(int line, String description, String path, String code) {
    Clue {
      Objects.requireNonNull(description, "description == null");
    }

    /** Returns a clue on a line of the analysed file. */
    Clue(int line, String description) {
      this(line, description, null, null);
    }
  }
}
