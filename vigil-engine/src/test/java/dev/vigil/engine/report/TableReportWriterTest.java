package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.ScanStats;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReportWriterTest {
  private static final String SUMMARY = "5 findings (1 critical, 2 high, 1 medium, 1 low; 4 open,"
      + " 1 fixed), 12 commits scanned, 3 files skipped (1 binary, 1 too large, 1 analyzer error).";

  @Test
  void endsWithTheSummaryLine() throws IOException {
    List<String> lines = write(SampleScans.full(), options());

    assertThat(lines.get(lines.size() - 1)).isEqualTo(SUMMARY);
  }

  @Test
  void writesAHeaderThenTwoLinesPerFindingInReportOrder() throws IOException {
    List<String> lines = write(SampleScans.full(), options());

    assertThat(lines).hasSize(1 + 2 * 5 + 1);
    assertThat(lines.get(0)).isEqualTo("SEVERITY  RULE                      LOCATION"
        + "                                     INTRODUCED  STATUS");
    assertThat(lines.get(1)).isEqualTo("critical  secrets/aws-access-key    "
        + "src/main/resources/application.properties:3  1111111111  open");
    assertThat(lines.get(2))
        .isEqualTo("          AWS access key AKIA************MPLE in clear text");
    assertThat(lines.get(5)).startsWith("medium    secrets/slack-token       "
        + "docs/Ünïcödé notes/my config ü.properties:1  3333333333  open");
    assertThat(lines.get(9)).isEqualTo("high      secrets/generic-password  config/db.yml:7"
        + "                              1111111111  fixed in 2222222222");
  }

  @Test
  void truncatesLongMessagesToTheTerminalWidth() throws IOException {
    List<String> lines = write(SampleScans.full(), options());

    String message = lines.get(8);
    assertThat(message).hasSize(120);
    assertThat(message).isEqualTo("          " + SampleScans.SCRIPT_MESSAGE.substring(0, 107)
        + "...");
  }

  @Test
  void fitsEveryTableLineIntoANarrowTerminal() throws IOException {
    List<String> lines = write(SampleScans.full(), options().withWidth(80));

    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(
        line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(80));
    assertThat(lines.get(1)).isEqualTo(
        "critical  secrets/aws-...  ...tion.properties:3  1111111111  open");
  }

  @Test
  void saysNoFindingsWhenNothingWasFound() throws IOException {
    List<String> lines = write(SampleScans.empty(), options());

    assertThat(lines).containsExactly("No findings.",
        "0 findings, 4 commits scanned, 0 files skipped.");
  }

  @Test
  void countsSingularsInTheSummary() throws IOException {
    ScanResult one = new ScanResult(List.of(SampleScans.PRESENT),
        List.of(SampleScans.SKIPPED.get(0)), SampleScans.HEAD, 1, new ScanStats(1, 1, 1, 0),
        Duration.ZERO);

    List<String> lines = write(one, options());

    assertThat(lines.get(lines.size() - 1)).isEqualTo("1 finding (1 critical; 1 open, 0 fixed),"
        + " 1 commit scanned, 1 file skipped (1 binary).");
  }

  @Test
  void writesNoEscapeSequencesUnlessColourIsAsked() throws IOException {
    String plain = String.join("\n", write(SampleScans.full(), options()));
    List<String> coloured = write(SampleScans.full(), options().withColour(true));

    assertThat(plain).doesNotContain("\u001b");
    assertThat(coloured.get(1)).startsWith("\u001b[1;31mcritical\u001b[0m  secrets/aws");
    assertThat(coloured.get(0)).doesNotContain("\u001b");
  }

  @Test
  void replacesControlCharactersFromTheRepository() throws IOException {
    TrackedFinding hostile = new TrackedFinding("fp-hostile",
        new Finding("secrets/x", 798, Severity.HIGH, Confidence.HIGH,
            "line one\nline two \u001b[2J\u202eevil",
            Location.line("a\u001b]0;pwned\u0007.txt", 2), "", null, List.of()),
        SampleScans.HEAD, null, true, 1, List.of());
    ScanResult result = new ScanResult(List.of(hostile), List.<SkippedFile>of(), SampleScans.HEAD,
        1, new ScanStats(1, 1, 1, 0), Duration.ZERO);

    List<String> lines = write(result, options());

    assertThat(String.join("\n", lines)).doesNotContain("\u001b", "\u0007", "\u202e");
    assertThat(lines.get(1)).contains("a?]0;pwned?.txt:2");
    assertThat(lines.get(2)).isEqualTo("          line one line two ?[2J?evil");
  }

  private static ReportOptions options() {
    return ReportOptions.of(SampleScans.TOOL);
  }

  private static List<String> write(ScanResult result, ReportOptions options) throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.TABLE.writer(options).write(result, SampleScans.RULES, out);
    String text = out.toString();
    assertThat(text).endsWith("\n");
    return List.of(text.substring(0, text.length() - 1).split("\n", -1));
  }
}
