package dev.vigil.cli.bench.realworld;

/** Whether a real-world case was found, and with the right fixed-in commit. */
public enum CaseStatus {
  /** A finding in a patched file, of the case's CWE, is fixed in the fix commit. */
  FOUND,
  /** A finding in a patched file, of the case's CWE, exists but is not closed by the fix commit. */
  SEEN,
  /** No finding of the case's CWE in a patched file anywhere in the window. */
  MISSED
}
