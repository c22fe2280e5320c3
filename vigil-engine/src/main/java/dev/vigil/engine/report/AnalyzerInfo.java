package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Analyzer;
import java.util.Objects;

/** An analyzer that took part in a scan, by id and version, as reports name it. */
public record AnalyzerInfo(String id, String version) {
  public AnalyzerInfo {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(version, "version == null");
  }

  /** Returns the id and version of {@code analyzer}. */
  public static AnalyzerInfo of(Analyzer analyzer) {
    return new AnalyzerInfo(analyzer.id(), analyzer.version());
  }
}
