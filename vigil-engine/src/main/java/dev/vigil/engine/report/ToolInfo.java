package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Analyzer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * What produced a report: Vigil's version, where to read about it (null if unknown) and the
 * analyzers that ran.
 */
public record ToolInfo(String version, String informationUri, List<AnalyzerInfo> analyzers) {
  /** The tool name reports use. */
  public static final String NAME = "Vigil";

  public ToolInfo {
    Objects.requireNonNull(version, "version == null");
    if (version.isBlank()) throw new IllegalArgumentException("version is blank");
    if (informationUri != null && !isAbsoluteUri(informationUri)) {
      throw new IllegalArgumentException(
          "informationUri '" + informationUri + "': expected an absolute URI such as https://...");
    }
    analyzers = List.copyOf(analyzers);
  }

  /** Returns the description of a Vigil of {@code version} that ran {@code analyzers}. */
  public static ToolInfo of(String version, String informationUri, List<? extends Analyzer> ran) {
    return new ToolInfo(version, informationUri, ran.stream().map(AnalyzerInfo::of).toList());
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
