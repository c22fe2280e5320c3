package dev.vigil.engine.report;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a plain-text table for a terminal, then the {@link ScanSummary} line. An empty result
 * prints {@code No findings.} before the summary.
 *
 * <p>Each finding takes two lines: severity, rule, {@code path:line}, the short sha that
 * introduced it and its status ({@code open} or {@code fixed in <sha>}); then, indented under the
 * rule, its message cut with {@code ...} to the terminal width. Giving the message a line of its
 * own leaves it room to be read even at 80 columns. A long rule id is cut at its end and a long
 * path at its start, so the file name stays. Text from the repository is cleaned of control
 * characters, so a hostile path or message cannot send escape sequences to the terminal. ANSI
 * colours are written only when asked for.
 */
final class TableReportWriter implements ReportWriter {
  private static final String GAP = "  ";
  private static final List<String> HEADERS =
      List.of("SEVERITY", "RULE", "LOCATION", "INTRODUCED", "STATUS");
  private static final int SEVERITY = 0;
  private static final int RULE = 1;
  private static final int LOCATION = 2;
  private static final int MAX_RULE_WIDTH = 40;
  private static final int MIN_RULE_WIDTH = 12;
  private static final int MAX_LOCATION_WIDTH = 60;
  private static final int MIN_LOCATION_WIDTH = 20;
  private static final int MIN_MESSAGE_WIDTH = 20;
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
    int[] widths = columnWidths(rows);
    String indent = " ".repeat(widths[SEVERITY] + GAP.length());
    int messageWidth = Math.max(MIN_MESSAGE_WIDTH, width - indent.length());
    out.write(line(HEADERS, widths, null));
    for (Row row : rows) {
      out.write(line(row.cells(), widths, row.severity()));
      out.write(indent + TerminalText.truncateEnd(row.message(), messageWidth) + "\n");
    }
  }

  /** Returns the width of each column: what its widest cell needs, rule and path cut to fit. */
  private int[] columnWidths(List<Row> rows) {
    int[] widths = new int[HEADERS.size()];
    for (int i = 0; i < widths.length; i++) widths[i] = TerminalText.width(HEADERS.get(i));
    for (Row row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], TerminalText.width(row.cells().get(i)));
      }
    }
    widths[RULE] = Math.min(widths[RULE], MAX_RULE_WIDTH);
    widths[LOCATION] = Math.min(widths[LOCATION], MAX_LOCATION_WIDTH);
    int fixed = GAP.length() * (widths.length - 1);
    for (int i = 0; i < widths.length; i++) {
      if (i != RULE && i != LOCATION) fixed += widths[i];
    }
    int room = width - fixed;
    if (widths[RULE] + widths[LOCATION] > room) {
      widths[LOCATION] = Math.max(MIN_LOCATION_WIDTH, room - widths[RULE]);
      widths[RULE] = Math.max(MIN_RULE_WIDTH, Math.min(widths[RULE], room - widths[LOCATION]));
    }
    return widths;
  }

  private String line(List<String> cells, int[] widths, Severity severity) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) line.append(GAP);
      String cell = i == LOCATION
          ? TerminalText.truncateStart(cells.get(i), widths[i])
          : TerminalText.truncateEnd(cells.get(i), widths[i]);
      String padded = i == cells.size() - 1 ? cell : TerminalText.pad(cell, widths[i]);
      if (i == SEVERITY && colour && severity != null) {
        padded = colourOf(severity) + padded + RESET;
      }
      line.append(padded);
    }
    return line.toString().stripTrailing() + "\n";
  }

  private static Row row(TrackedFinding tracked) {
    Finding finding = tracked.finding();
    List<String> cells = List.of(
        finding.severity().label(),
        TerminalText.clean(finding.ruleId()),
        TerminalText.clean(finding.location().path()) + ":" + finding.location().line(),
        tracked.introducedIn() == null ? "-" : tracked.introducedIn().shortSha(),
        status(tracked));
    return new Row(finding.severity(), cells, TerminalText.clean(finding.message()).strip());
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

  private record Row(Severity severity, List<String> cells, String message) {}
}
