package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void parsesLabelsIgnoringCaseAndSpaces() {
    assertThat(ReportFormat.parse("json")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.parse(" SARIF ")).isEqualTo(ReportFormat.SARIF);
    assertThat(ReportFormat.parse("Table")).isEqualTo(ReportFormat.TABLE);
  }

  @Test
  void rejectsAnUnknownFormatNamingTheAcceptedOnes() {
    assertThatThrownBy(() -> ReportFormat.parse("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'xml': expected one of json, sarif, table");
  }

  @Test
  void rejectsATerminalTooNarrowForTheTable() {
    assertThatThrownBy(() -> ReportOptions.of(SampleScans.TOOL).withWidth(39))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width 39: expected at least 40");
  }

  @Test
  void rejectsAnInformationUriThatIsNotAbsolute() {
    assertThatThrownBy(() -> new ToolInfo("1.0", "vigil.example.org", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("informationUri 'vigil.example.org': expected an absolute URI such as"
            + " https://...");
  }

  @Test
  void percentEncodesArtifactPathsOutsideTheUriCharacterSet() {
    assertThat(ArtifactUri.relative("src/Main.java")).isEqualTo("src/Main.java");
    assertThat(ArtifactUri.relative("a b/ü#1%.txt")).isEqualTo("a%20b/%C3%BC%231%25.txt");
    assertThat(ArtifactUri.relative("c:odd/x.java")).isEqualTo("./c:odd/x.java");
    assertThat(ArtifactUri.relative("dir/c:odd.java")).isEqualTo("dir/c:odd.java");
  }
}
