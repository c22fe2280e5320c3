package dev.vigil.engine.analysis.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.RuleInfo;
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
 * FPR <= 10% overall and for every rule of its analyzer, each rule with at least 15 vulnerable and
 * 15 safe labelled lines.
 */
class PolyglotQualityTest {
  private static final double TPR_FLOOR = 80.0;
  private static final double FPR_CEILING = 10.0;
  private static final int CASES_PER_RULE = 15;

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
    for (String batch : List.of("heldout_", "batch3_", "batch4_", "heldout_crypto", "batch5_", "batch6_", "heldout2_", "batch7_")) {
      System.out.println(language + " batch " + batch + ":\n" + LabelledCorpus.render(corpus.measure(
          analyzer, name -> java.util.Arrays.stream(name.split("/")).anyMatch(p -> p.startsWith(batch)))));
    }
    all.values().forEach(s -> s.problems.forEach(System.out::println));

    List<String> failures = new ArrayList<>();
    LabelledCorpus.Score total = LabelledCorpus.total(all);
    if (total.tpr() < TPR_FLOOR) failures.add("overall TPR " + total.tpr());
    if (total.fpr() > FPR_CEILING) failures.add("overall FPR " + total.fpr());
    for (RuleInfo rule : analyzer.rules()) {
      LabelledCorpus.Score s = all.getOrDefault(rule.id(), new LabelledCorpus.Score());
      if (s.vulnerable < CASES_PER_RULE) failures.add(rule.id() + " has " + s.vulnerable + " vulnerable lines");
      if (s.safe < CASES_PER_RULE) failures.add(rule.id() + " has " + s.safe + " safe lines");
      if (s.tpr() < TPR_FLOOR) failures.add(rule.id() + " TPR " + s.tpr());
      if (s.fpr() > FPR_CEILING) failures.add(rule.id() + " FPR " + s.fpr());
    }
    assertThat(failures).isEmpty();
  }
}
