package dev.vigil.engine.analysis.java.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.analysis.java.quality.CorpusCase.CaseFile;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CorpusScannerTest {
  private static final CorpusCase SQL_CASE = new CorpusCase("sql-injection/A.java", "sql-injection",
      true, 89, "note", List.of(new CaseFile("sql-injection/A.java", "class A {}")));
  private static final CorpusCase CROSS_FILE = new CorpusCase("sql-injection/x", "sql-injection",
      true, 89, "note", List.of(new CaseFile("sql-injection/x/A.java", "class A {}"),
          new CaseFile("sql-injection/x/B.java", "class B {}")));

  @Test
  void countsAFindingOfTheCategoryAsFlagged() {
    CorpusScanner scanner = new CorpusScanner(List.of(analyzer("java-a", c -> List.of(finding(c, 89)))),
        List.of(), Duration.ofSeconds(5));
    assertThat(scanner.scan(SQL_CASE, Set.of(89, 564)).flagged()).isTrue();
  }

  @Test
  void ignoresFindingsOfOtherCategories() {
    CorpusScanner scanner = new CorpusScanner(List.of(analyzer("java-a", c -> List.of(finding(c, 79)))),
        List.of(), Duration.ofSeconds(5));
    assertThat(scanner.scan(SQL_CASE, Set.of(89)).flagged()).isFalse();
  }

  @Test
  void anAnalyzerThatThrowsCountsAsNotFlaggedAndIsListed() {
    Analyzer throwing = analyzer("java-broken", c -> {
      throw new IllegalStateException("boom");
    });
    CaseResult result = new CorpusScanner(List.of(throwing), List.of(), Duration.ofSeconds(5))
        .scan(SQL_CASE, Set.of(89));
    assertThat(result.flagged()).isFalse();
    assertThat(result.failures())
        .containsExactly("java-broken on sql-injection/A.java: IllegalStateException: boom");
  }

  @Test
  void anAnalyzerThatOverflowsTheStackCountsAsNotFlagged() {
    Analyzer overflowing = analyzer("java-deep", c -> {
      throw new StackOverflowError();
    });
    CaseResult result = new CorpusScanner(List.of(overflowing), List.of(), Duration.ofSeconds(5))
        .scan(SQL_CASE, Set.of(89));
    assertThat(result.flagged()).isFalse();
    assertThat(result.failures()).singleElement().asString().contains("StackOverflowError");
  }

  @Test
  void anAnalyzerPastTheTimeLimitCountsAsNotFlagged() {
    Analyzer slow = analyzer("java-slow", c -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of(finding(c, 89));
    });
    CaseResult result = new CorpusScanner(List.of(slow), List.of(), Duration.ofMillis(200))
        .scan(SQL_CASE, Set.of(89));
    assertThat(result.flagged()).isFalse();
    assertThat(result.failures()).containsExactly("java-slow on sql-injection/A.java: no result within 200 ms");
  }

  @Test
  void crossFileCasesGoThroughTheProjectAnalysis() {
    Analyzer perFile = analyzer("java-taint", c -> List.of());
    ProjectAnalysis project = new ProjectAnalysis("java-taint", sources -> {
      assertThat(sources).containsOnlyKeys("sql-injection/x/A.java", "sql-injection/x/B.java");
      return new ProjectAnalysis.Outcome(List.of(new Finding("r", 89, Severity.HIGH, Confidence.HIGH,
          "m", Location.line("sql-injection/x/B.java", 1), "", null, List.of())), List.of());
    });
    CorpusScanner scanner = new CorpusScanner(List.of(perFile), List.of(project), Duration.ofSeconds(5));
    assertThat(scanner.scan(CROSS_FILE, Set.of(89)).flagged()).isTrue();
    assertThat(scanner.scan(SQL_CASE, Set.of(89)).flagged()).isFalse();
  }

  @Test
  void tableComputesRatesPerCategory() {
    CorpusCase safe = new CorpusCase("sql-injection/S.java", "sql-injection", false, 89, "",
        List.of(new CaseFile("sql-injection/S.java", "class S {}")));
    Finding hit = finding(new AnalysisContext("a", "b", new byte[0]), 89);
    QualityTable table = QualityTable.of(List.of(
        new CaseResult(SQL_CASE, List.of(hit), List.of()),
        new CaseResult(CROSS_FILE, List.of(), List.of()),
        new CaseResult(safe, List.of(hit), List.of())));
    QualityTable.Row row = table.rows().get(0);
    assertThat(row.truePositiveRate()).isEqualTo(50.0);
    assertThat(row.falsePositiveRate()).isEqualTo(100.0);
    assertThat(row.score()).isEqualTo(-50.0);
    assertThat(table.overallFalsePositiveRate()).isEqualTo(100.0);
    assertThat(table.render()).contains("sql-injection              2     1   50.0  100.0    -50.0");
  }

  private static Finding finding(AnalysisContext context, int cwe) {
    return new Finding("rule", cwe, Severity.HIGH, Confidence.HIGH, "m", Location.line(context.path(), 1),
        "", null, List.of());
  }

  private static Analyzer analyzer(String id, Function<AnalysisContext, List<Finding>> behaviour) {
    return new Analyzer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public boolean reads(String path) {
        return path.endsWith(".java");
      }

      @Override
      public List<Finding> analyze(AnalysisContext context) {
        return behaviour.apply(context);
      }
    };
  }
}
