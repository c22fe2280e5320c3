package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import java.util.List;

/** Placeholder: finds credentials committed to a repository. Rules arrive in the next step. */
public final class SecretsAnalyzer implements Analyzer {
  public static SecretsAnalyzer withBuiltInRules() {
    return new SecretsAnalyzer();
  }

  @Override public String id() { return "secrets"; }
  @Override public String version() { return "0"; }
  @Override public boolean reads(String path) { return true; }
  @Override public List<Finding> analyze(AnalysisContext context) { return List.of(); }
}
