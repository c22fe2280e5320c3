package dev.vigil.engine.report;

/** The names reports give a CWE number; 0 or less means the rule names no CWE. */
final class Cwe {
  private Cwe() {}

  /** Returns the label such as {@code CWE-798}, or null if there is no CWE. */
  static String label(int cwe) {
    return cwe > 0 ? "CWE-" + cwe : null;
  }

  /** Returns the tag GitHub code scanning reads, such as {@code external/cwe/cwe-798}. */
  static String sarifTag(int cwe) {
    return "external/cwe/cwe-" + cwe;
  }
}
