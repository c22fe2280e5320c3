package dev.vigil.engine.report;

import dev.vigil.engine.validation.ValidationRecord;
import java.util.Map;
import java.util.Objects;

/**
 * How to write a report: the tool that made it, for the table the terminal width in characters
 * and whether to colour severities with ANSI escapes, and the validation records known for
 * findings, by fingerprint (SARIF carries them in each result's properties).
 */
public record ReportOptions(ToolInfo tool, int width, boolean colour,
    Map<String, ValidationRecord> validations) {
  /** The terminal width used when none is given. */
  public static final int DEFAULT_WIDTH = 120;

  /** The narrowest terminal width accepted; the table needs room for its fixed columns. */
  public static final int MIN_WIDTH = 40;

  public ReportOptions {
    Objects.requireNonNull(tool, "tool == null");
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width " + width + ": expected at least " + MIN_WIDTH);
    }
    validations = Map.copyOf(validations);
  }

  /** Returns the options for {@code tool}: width 120, no colour. */
  public static ReportOptions of(ToolInfo tool) {
    return new ReportOptions(tool, DEFAULT_WIDTH, false, Map.of());
  }

  /** Returns these options with another terminal width. */
  public ReportOptions withWidth(int newWidth) {
    return new ReportOptions(tool, newWidth, colour, validations);
  }

  /** Returns these options with ANSI colours switched on or off. */
  public ReportOptions withColour(boolean newColour) {
    return new ReportOptions(tool, width, newColour, validations);
  }

  /** Returns these options with the validation records of findings, by fingerprint. */
  public ReportOptions withValidations(Map<String, ValidationRecord> records) {
    return new ReportOptions(tool, width, colour, records);
  }
}
