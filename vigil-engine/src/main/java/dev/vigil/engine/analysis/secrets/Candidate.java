package dev.vigil.engine.analysis.secrets;

import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A possible secret found by a rule's regex: the secret, the whole match and the file it is in,
 * so validators can look at its surroundings. The matcher is live: validators read its groups
 * and must not move it.
 */
record Candidate(String secret, Matcher match, int secretGroup, SourceText source) {
  Candidate {
    Objects.requireNonNull(secret, "secret == null");
    Objects.requireNonNull(match, "match == null");
    Objects.requireNonNull(source, "source == null");
  }

  /** Returns the offset of the secret's first character. */
  int secretStart() {
    return match.start(secretGroup);
  }

  /** Returns the offset just past the secret. */
  int secretEnd() {
    return match.end(secretGroup);
  }

  /** Returns the text of a named group of the match, or null if it did not take part. */
  String group(String name) {
    try {
      return match.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }
}
