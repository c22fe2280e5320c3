package dev.vigil.engine.threatmodel;

/** What validation established about a finding, as ranking counts it. */
public enum ValidationState {
  /** Validation reproduced the problem. */
  CONFIRMED,
  /** Validation found it present and reachable (or well-formed), short of a reproduction. */
  LIKELY,
  /** No validation has run or it was inconclusive. */
  NOT_VALIDATED,
  /** Validation ran and could not reproduce the problem. */
  NOT_REPRODUCED
}
