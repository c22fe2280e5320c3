package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A labelled corpus of one language on the test class path ({@code corpus/<language>/<category>/}):
 * source files whose {@code ruleid:} lines must be flagged by that rule and whose {@code ok:} lines
 * must not. Measures an analyzer per rule: true positives over {@code ruleid} lines, false positives
 * over {@code ok} lines plus findings on lines no marker expects (each counted as a false alarm).
 */
final class LabelledCorpus {
  private final List<Path> files;
  private final Path root;

  private LabelledCorpus(Path root, List<Path> files) {
    this.root = root;
    this.files = List.copyOf(files);
  }

  /** Loads {@code corpus/<language>} from the test class path. */
  static LabelledCorpus load(String language) {
    try {
      Path root = Path.of(LabelledCorpus.class.getClassLoader().getResource("corpus/" + language).toURI());
      try (Stream<Path> walk = Files.walk(root)) {
        return new LabelledCorpus(root, walk.filter(Files::isRegularFile)
            .sorted().toList());
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The counts of one rule. */
  static final class Score {
    int vulnerable;
    int found;
    int safe;
    int falseAlarms;
    final List<String> problems = new ArrayList<>();

    double tpr() {
      return vulnerable == 0 ? 100.0 : 100.0 * found / vulnerable;
    }

    double fpr() {
      return safe == 0 ? 0.0 : 100.0 * falseAlarms / safe;
    }
  }

  /** Returns the scores by rule id of the files {@code which} selects (by corpus-relative path). */
  Map<String, Score> measure(Analyzer analyzer, Predicate<String> which) {
    Map<String, Score> scores = new TreeMap<>();
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      if (!which.test(name) || !analyzer.reads(name)) continue;
      String text = read(file);
      RuleSamples samples = RuleSamples.parse(name, text);
      List<Finding> findings = analyzer.analyze(new AnalysisContext(name, "corpus",
          text.getBytes(StandardCharsets.UTF_8)));
      Map<String, List<Integer>> expected = new TreeMap<>();
      for (RuleSamples.Expectation e : samples.expectations()) {
        Score score = scores.computeIfAbsent(e.ruleId(), k -> new Score());
        boolean flagged = findings.stream().anyMatch(f -> f.ruleId().equals(e.ruleId())
            && f.location().line() == e.line());
        expected.computeIfAbsent(e.ruleId(), k -> new ArrayList<>()).add(e.line());
        if (e.kind() == RuleSamples.Kind.RULEID) {
          score.vulnerable++;
          if (flagged) score.found++;
          else score.problems.add("missed:      " + name + ":" + e.line());
        } else if (e.kind() == RuleSamples.Kind.OK) {
          score.safe++;
          if (flagged) {
            score.falseAlarms++;
            score.problems.add("false alarm: " + name + ":" + e.line());
          }
        }
      }
      for (Finding f : findings) {
        if (expected.getOrDefault(f.ruleId(), List.of()).contains(f.location().line())) continue;
        Score score = scores.computeIfAbsent(f.ruleId(), k -> new Score());
        score.safe++;
        score.falseAlarms++;
        score.problems.add("unexpected:  " + name + ":" + f.location().line() + " " + f.excerpt());
      }
    }
    return scores;
  }

  /** Returns the scores as a table, one line per rule and a total line. */
  static String render(Map<String, Score> scores) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-32s %5s %5s %7s %7s%n",
        "rule", "vuln", "safe", "TPR", "FPR"));
    Score total = total(scores);
    scores.forEach((rule, s) -> out.append(String.format(Locale.ROOT, "%-32s %5d %5d %6.1f%% %6.1f%%%n",
        rule, s.vulnerable, s.safe, s.tpr(), s.fpr())));
    out.append(String.format(Locale.ROOT, "%-32s %5d %5d %6.1f%% %6.1f%%%n", "all", total.vulnerable,
        total.safe, total.tpr(), total.fpr()));
    return out.toString();
  }

  /** Returns the sum of every rule's counts. */
  static Score total(Map<String, Score> scores) {
    Score total = new Score();
    scores.values().forEach(s -> {
      total.vulnerable += s.vulnerable;
      total.found += s.found;
      total.safe += s.safe;
      total.falseAlarms += s.falseAlarms;
    });
    return total;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
