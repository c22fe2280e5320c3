package dev.vigil.engine.analysis.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.vigil.engine.analysis.syntax.Grammar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures the Python and JavaScript taint analyzers on their labelled corpora
 * ({@code corpus/python}, {@code corpus/javascript}): per rule TPR and FPR, printed, with the
 * held-out batch ({@code heldout_*} files) and the later batches ({@code batch3_*}, {@code batch4_*})
 * printed apart. Each language must keep TPR >= 80% and
 * FPR <= 10% overall and per rule with at least 10 labelled lines of each kind.
 */
class PolyglotQualityTest {
  private static final double TPR_FLOOR = 80.0;
  private static final double FPR_CEILING = 10.0;

  @ParameterizedTest
  @ValueSource(strings = {"python", "javascript"})
  void analyzerStaysWithinTheFloors(String language) {
    boolean python = language.equals("python");
    // A budget for a loaded machine: this test measures what is found, not how fast.
    Analyzer analyzer = new TaintAnalyzer(python ? "python-taint" : "javascript-taint",
        python ? PythonTaintAnalyzer.VERSION : JavaScriptTaintAnalyzer.VERSION,
        python ? Set.of(Grammar.PYTHON) : Set.of(Grammar.JAVASCRIPT, Grammar.TYPESCRIPT, Grammar.TSX),
        (python ? PythonTaintAnalyzer.engine() : JavaScriptTaintAnalyzer.engine()).withBudgetMillis(120_000));
    LabelledCorpus corpus = LabelledCorpus.load(language);
    Map<String, LabelledCorpus.Score> all = corpus.measure(analyzer, name -> true);
    System.out.println(language + " corpus, " + analyzer.id() + " " + analyzer.version() + ":\n"
        + LabelledCorpus.render(all));
    for (String batch : List.of("heldout_", "batch3_", "batch4_", "heldout_crypto", "batch5_", "batch6_")) {
      System.out.println(language + " batch " + batch + ":\n" + LabelledCorpus.render(corpus.measure(
          analyzer, name -> name.substring(name.lastIndexOf('/') + 1).startsWith(batch))));
    }
    all.values().forEach(s -> s.problems.forEach(System.out::println));

    List<String> failures = new ArrayList<>();
    LabelledCorpus.Score total = LabelledCorpus.total(all);
    if (total.tpr() < TPR_FLOOR) failures.add("overall TPR " + total.tpr());
    if (total.fpr() > FPR_CEILING) failures.add("overall FPR " + total.fpr());
    all.forEach((rule, s) -> {
      if (s.vulnerable >= 10 && s.tpr() < TPR_FLOOR) failures.add(rule + " TPR " + s.tpr());
      if (s.safe >= 10 && s.fpr() > FPR_CEILING) failures.add(rule + " FPR " + s.fpr());
    });
    assertThat(total.vulnerable).as("vulnerable lines").isGreaterThanOrEqualTo(60);
    assertThat(total.safe).as("safe lines").isGreaterThanOrEqualTo(60);
    assertThat(failures).isEmpty();
  }
}
