package dev.vigil.engine.analysis.java.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.java.crypto.CryptoAnalyzer;
import dev.vigil.engine.analysis.java.quality.CorpusCase.CaseFile;
import dev.vigil.engine.analysis.java.taint.JavaProject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures every built-in {@code java-*} analyzer on the labelled corpus: per-category TPR, FPR and
 * TPR - FPR, printed as a table, and held to the floors recorded in {@code floors.yaml}. Single-file
 * cases go through {@code Analyzer.analyze} as in a scan; cross-file cases go through the taint
 * engine's {@link JavaProject}, so calls across files use the callee's summary, and through a
 * java-crypto session, so constants other files declare are resolved.
 */
class JavaQualityTest {
  private static final double EPSILON = 0.05;
  static Corpus corpus;
  static QualityFloors floors;

  @BeforeAll
  static void load() {
    corpus = Corpus.load();
    floors = QualityFloors.load();
  }

  @Test
  void corpusHasAtLeast300Cases() {
    assertThat(corpus.cases()).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void corpusCoversAtLeast11Categories() {
    Set<String> categories = corpus.cases().stream().map(CorpusCase::category)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(categories).hasSizeGreaterThanOrEqualTo(11);
    assertThat(floors.categories().keySet()).containsExactlyInAnyOrderElementsOf(categories);
  }

  @Test
  void atLeast40PercentOfCasesAreSafeLookAlikes() {
    long safe = corpus.cases().stream().filter(c -> !c.vulnerable()).count();
    assertThat(100.0 * safe / corpus.cases().size()).isGreaterThanOrEqualTo(40.0);
  }

  @Test
  void everyCategoryHasVulnerableAndSafeCases() {
    for (String category : floors.categories().keySet()) {
      assertThat(corpus.cases()).as(category)
          .anyMatch(c -> c.category().equals(category) && c.vulnerable())
          .anyMatch(c -> c.category().equals(category) && !c.vulnerable());
    }
  }

  @Test
  void everyCaseNamesACweOfItsCategory() {
    for (CorpusCase c : corpus.cases()) {
      assertThat(floors.category(c.category()).cwes()).as(c.name()).contains(c.cwe());
    }
  }

  @Test
  void everyCaseFileParsesAsJava() {
    JavaParser parser = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    List<String> broken = new ArrayList<>();
    for (CorpusCase c : corpus.cases()) {
      for (CaseFile file : c.files()) {
        ParseResult<CompilationUnit> result = parser.parse(file.text());
        if (!result.isSuccessful()) broken.add(file.path() + ": " + result.getProblems());
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void analyzersStayAboveTheRecordedFloors() {
    List<Analyzer> javaAnalyzers = AnalyzerRegistry.builtIn().all().stream()
        .filter(a -> a.id().startsWith("java-")).toList();
    CorpusScanner scanner = new CorpusScanner(javaAnalyzers, List.of(taintProject(), cryptoProject()),
        Duration.ofSeconds(30));
    List<CaseResult> results = corpus.cases().stream()
        .map(c -> scanner.scan(c, floors.category(c.category()).cwes())).toList();
    QualityTable table = QualityTable.of(results);

    System.out.println("Java analyzers measured: " + javaAnalyzers.stream().map(Analyzer::id).toList());
    System.out.println(table.render());
    results.stream().filter(r -> !r.failures().isEmpty())
        .forEach(r -> System.out.println("analyzer failure (counted as not flagged): "
            + String.join("; ", r.failures())));
    results.stream().filter(r -> !r.correct()).forEach(r -> System.out.println(
        (r.corpusCase().vulnerable() ? "missed:      " : "false alarm: ") + r.corpusCase().name()
            + " - " + r.corpusCase().note()));

    List<String> belowFloor = new ArrayList<>();
    for (QualityTable.Row row : table.rows()) {
      double floor = floors.category(row.category()).floor();
      if (row.score() + EPSILON < floor) {
        belowFloor.add(String.format(Locale.ROOT, "%s: TPR-FPR %.1f below floor %.1f",
            row.category(), row.score(), floor));
      }
    }
    assertThat(belowFloor).isEmpty();
    assertThat(table.overallFalsePositiveRate()).isLessThanOrEqualTo(floors.overallFprCeiling() + EPSILON);
  }

  /** Cross-file cases go through a java-crypto session, which resolves other files' constants. */
  private static ProjectAnalysis cryptoProject() {
    return new ProjectAnalysis("java-crypto", sources -> {
      ProjectSession session = CryptoAnalyzer.withBuiltInRules().openSession(new InMemoryAnalysisCache());
      sources.forEach((path, text) -> session.put(new AnalysisContext(path,
          Integer.toHexString(text.hashCode()), text.getBytes(StandardCharsets.UTF_8))));
      ProjectSession.Update update = session.analyse();
      List<Finding> findings = new ArrayList<>();
      update.findings().values().forEach(findings::addAll);
      return new ProjectAnalysis.Outcome(findings,
          update.failures().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    });
  }

  private static ProjectAnalysis taintProject() {
    return new ProjectAnalysis("java-taint", sources -> {
      JavaProject project = JavaProject.of(sources);
      return new ProjectAnalysis.Outcome(project.findings(), project.problems());
    });
  }
}
