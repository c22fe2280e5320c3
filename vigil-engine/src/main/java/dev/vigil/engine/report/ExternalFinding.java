package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Finding;
import java.util.Objects;

/**
 * A finding another tool reported in a SARIF log: the tool's name (safe as an id), a fingerprint
 * stable across re-imports of the tool's results, and the finding, whose rule id is
 * {@code external:<tool>/<ruleId>}.
 */
public record ExternalFinding(String tool, String fingerprint, Finding finding) {
  /** The prefix of every external rule id; what follows it up to the slash is the tool. */
  public static final String PREFIX = "external:";

  public ExternalFinding {
    Objects.requireNonNull(tool, "tool == null");
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(finding, "finding == null");
  }

  /** Returns true if {@code ruleId} belongs to a finding imported from another tool. */
  public static boolean isExternal(String ruleId) {
    return ruleId != null && ruleId.startsWith(PREFIX);
  }

  /** Returns the tool of an external rule id such as {@code external:semgrep/xss}. */
  public static String toolOf(String ruleId) {
    String rest = ruleId.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }
}
