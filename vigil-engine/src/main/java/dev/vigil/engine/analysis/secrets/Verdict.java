package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.Confidence;
import java.util.Objects;

/**
 * What a validator made of a candidate: rejected, or accepted with a note on what was verified and
 * optionally a confidence that replaces the rule's default.
 */
record Verdict(boolean accepted, Confidence confidence, String note) {
  Verdict {
    Objects.requireNonNull(note, "note == null");
  }

  /** Returns an acceptance that keeps the rule's confidence. */
  static Verdict accept(String note) {
    return new Verdict(true, null, note);
  }

  /** Returns an acceptance with its own confidence. */
  static Verdict accept(Confidence confidence, String note) {
    return new Verdict(true, Objects.requireNonNull(confidence, "confidence == null"), note);
  }

  /** Returns a rejection with the reason. */
  static Verdict reject(String reason) {
    return new Verdict(false, null, reason);
  }
}
