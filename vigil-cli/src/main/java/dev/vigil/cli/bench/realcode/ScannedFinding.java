package dev.vigil.cli.bench.realcode;

import java.util.Objects;

/** A finding of a real-code scan as the benchmark needs it. */
public record ScannedFinding(String fingerprint, String ruleId, AnalyzerGroup group, String path,
    int line, String message) {

  public ScannedFinding {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(group, "group == null");
  }

  /** Returns {@code path:line}. */
  public String location() {
    return path + ":" + line;
  }
}
