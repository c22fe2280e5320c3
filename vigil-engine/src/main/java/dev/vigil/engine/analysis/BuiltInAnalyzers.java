package dev.vigil.engine.analysis;

import dev.vigil.engine.analysis.ci.WorkflowAnalyzer;
import dev.vigil.engine.analysis.java.JavaTaintAnalyzer;
import dev.vigil.engine.analysis.secrets.SecretsAnalyzer;
import java.util.List;

/** The list of analyzers that ship with Vigil; add new analyzer families here. */
final class BuiltInAnalyzers {
  private BuiltInAnalyzers() {}

  static List<Analyzer> all() {
    return List.of(SecretsAnalyzer.withBuiltInRules(),
        WorkflowAnalyzer.withBuiltInRules(),
        JavaTaintAnalyzer.withBuiltInModels(),
        dev.vigil.engine.analysis.java.crypto.CryptoAnalyzer.withBuiltInRules(),
        dev.vigil.engine.analysis.python.PythonTaintAnalyzer.withBuiltInModels(),
        dev.vigil.engine.analysis.javascript.JavaScriptTaintAnalyzer.withBuiltInModels());
  }
}
