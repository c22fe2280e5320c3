package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plain-text table for a terminal: one row per finding with severity, rule, path:line,
 * message, the short sha that introduced it and its status ({@code open} or {@code fixed in
 * <sha>}), then the {@link ScanSummary} line. An empty result prints {@code No findings.} before
 * the summary.
 *
 * <p>The message column takes what the other columns leave of the terminal width and is cut with
 * {@code ...}; a long path is cut from the start. Text from the repository is cleaned of control
 * characters, so a hostile path or message cannot send escape sequences to the terminal. ANSI
 * colours are written only when asked for.
 */
final class TableReportWriter implements ReportWriter {
  private static final String GAP = "  ";
  private static final int MAX_RULE_WIDTH = 40;
  private static final int MAX_LOCATION_WIDTH = 60;
  private static final int MIN_MESSAGE_WIDTH = 10;
  private static final List<String> HEADERS =
      List.of("SEVERITY", "RULE", "LOCATION", "MESSAGE", "INTRODUCED", "STATUS");
  private static final String RESET = "\u001b[0m";

  private final int width;
  private final boolean colour;

  TableReportWriter(int width, boolean colour) {
    this.width = width;
    this.colour = colour;
  }

  @Override
  public void write(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException {
    if (result.findings().isEmpty()) {
      out.write("No findings.\n");
    } else {
      writeTable(result.findings().stream().map(TableReportWriter::row).toList(), out);
    }
    out.write(ScanSummary.of(result).line());
    out.write('\n');
    out.flush();
  }

  private void writeTable(List<Row> rows, Writer out) throws IOException {
    int[] widths = new int[HEADERS.size()];
    for (int i = 0; i < widths.length; i++) widths[i] = TerminalText.width(HEADERS.get(i));
    for (Row row : rows) {
      List<String> cells = row.cells();
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], TerminalText.width(cells.get(i)));
      }
    }
    widths[1] = Math.min(widths[1], MAX_RULE_WIDTH);
    widths[2] = Math.min(widths[2], MAX_LOCATION_WIDTH);
    int others = widths[0] + widths[1] + widths[2] + widths[4] + widths[5]
        + GAP.length() * (widths.length - 1);
    widths[3] = Math.min(widths[3], Math.max(MIN_MESSAGE_WIDTH, width - others));

    out.write(line(HEADERS, widths, null));
    for (Row row : rows) out.write(line(row.cells(), widths, row.severity()));
  }

  private String line(List<String> cells, int[] widths, Severity severity) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) line.append(GAP);
      String cell = i == 2
          ? TerminalText.truncateStart(cells.get(i), widths[i])
          : TerminalText.truncateEnd(cells.get(i), widths[i]);
      boolean last = i == cells.size() - 1;
      String padded = last ? cell : TerminalText.pad(cell, widths[i]);
      if (i == 0 && colour && severity != null) padded = colourOf(severity) + padded + RESET;
      line.append(padded);
    }
    return line.toString().stripTrailing() + "\n";
  }

  private static Row row(TrackedFinding tracked) {
    Finding finding = tracked.finding();
    List<String> cells = new ArrayList<>();
    cells.add(finding.severity().label());
    cells.add(TerminalText.clean(finding.ruleId()));
    cells.add(TerminalText.clean(finding.location().path()) + ":" + finding.location().line());
    cells.add(TerminalText.clean(finding.message()).strip());
    cells.add(tracked.introducedIn() == null ? "-" : tracked.introducedIn().shortSha());
    cells.add(status(tracked));
    return new Row(finding.severity(), List.copyOf(cells));
  }

  private static String status(TrackedFinding tracked) {
    if (tracked.presentAtHead()) return "open";
    return tracked.fixedIn() == null ? "fixed" : "fixed in " + tracked.fixedIn().shortSha();
  }

  private static String colourOf(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "\u001b[1;31m";
      case HIGH -> "\u001b[31m";
      case MEDIUM -> "\u001b[33m";
      case LOW -> "\u001b[36m";
      case INFO -> "\u001b[2m";
    };
  }

  private record Row(Severity severity, List<String> cells) {}
}
