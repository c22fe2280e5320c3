package dev.vigil.engine.analysis.secrets;

/**
 * A check beyond the regex that a candidate is a real credential: a checksum, a structure, a
 * partner credential nearby. Rules name validators in their YAML; implementations are stateless
 * and thread-safe, and must not read beyond the file they are given.
 */
interface SecretValidator {
  /** Returns the name rules use for this validator, e.g. {@code github-crc32}. */
  String name();

  /** Returns whether the candidate is accepted, and what was verified. */
  Verdict check(Candidate candidate);
}
