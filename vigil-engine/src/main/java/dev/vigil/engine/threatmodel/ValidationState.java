package dev.vigil.engine.threatmodel;

/** What validation established about a finding, as ranking counts it. */
public enum ValidationState {
  /** Validation reproduced the problem. */
  CONFIRMED,
  /** No validation has run or it was inconclusive. */
  NOT_VALIDATED,
  /** Validation ran and could not reproduce the problem. */
  NOT_REPRODUCED
}
