package dev.vigil.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import dev.vigil.engine.analysis.taint.TaintAnalyzer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScriptProjectGeneratorTest {
  @Test
  void pythonProjectHasItsLinesAndItsVulnerableFeaturesAreFound() {
    assertGeneratedProjectIsAnalysed(ScriptProjectGenerator.Language.PYTHON,
        PythonTaintAnalyzer.withBuiltInModels(), "python.command-injection");
  }

  @Test
  void javaScriptProjectHasItsLinesAndItsVulnerableFeaturesAreFound() {
    assertGeneratedProjectIsAnalysed(ScriptProjectGenerator.Language.JAVASCRIPT,
        JavaScriptTaintAnalyzer.withBuiltInModels(), "js.command-injection");
  }

  private static void assertGeneratedProjectIsAnalysed(ScriptProjectGenerator.Language language,
      TaintAnalyzer analyzer, String rule) {
    Map<String, String> project = new ScriptProjectGenerator(language, new Random(42)).generate(2000);
    long lines = project.values().stream().mapToLong(s -> s.lines().count()).sum();
    List<Finding> findings = new ArrayList<>();
    int exports = 0;
    for (var file : project.entrySet()) {
      if (file.getValue().contains("'tar czf /tmp/export.tgz ' + folder")
          || file.getValue().contains("\"tar czf /tmp/export.tgz \" + folder")) {
        exports++;
      }
      findings.addAll(analyzer.analyze(new AnalysisContext(file.getKey(), "x",
          file.getValue().getBytes(StandardCharsets.UTF_8))));
    }
    assertThat(lines).isBetween(2000L, 2600L);
    assertThat(exports).isPositive();
    assertThat(findings).filteredOn(f -> f.ruleId().equals(rule)).hasSize(exports);
  }
}
