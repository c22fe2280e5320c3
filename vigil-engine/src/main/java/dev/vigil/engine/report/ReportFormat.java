package dev.vigil.engine.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats Vigil writes scan reports in, by the label used on the command line. */
public enum ReportFormat {
  /** Vigil's own JSON document: findings with their history, skipped files, scan facts. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF,
  /** A plain-text table for a terminal, with a summary line. */
  TABLE;

  /** Returns the lower-case label used on the command line, e.g. {@code sarif}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns a writer of this format configured by {@code options}. */
  public ReportWriter writer(ReportOptions options) {
    return switch (this) {
      case JSON -> new JsonReportWriter(options.tool());
      case SARIF -> new SarifReportWriter(options.tool(), options.validations());
      case TABLE -> new TableReportWriter(options.width(), options.colour());
    };
  }

  /** Parses a label such as {@code json}; throws with the accepted values on anything else. */
  public static ReportFormat parse(String label) {
    for (ReportFormat format : values()) {
      if (format.label().equalsIgnoreCase(label == null ? "" : label.trim())) return format;
    }
    throw new IllegalArgumentException("unknown report format '" + label + "': expected one of "
        + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
  }
}
