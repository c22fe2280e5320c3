package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.deps.DependencyAnalyzer;
import dev.vigil.server.store.AdvisoryStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyzers a scan runs: the built-in ones, plus the dependency analyzer once advisories were
 * imported. The advisory database is rebuilt only when the store changed.
 */
public final class AnalyzerSet {
  private final AnalyzerRegistry builtIn;
  private final AdvisoryStore advisories;
  private String loadedVersion;
  private DependencyAnalyzer dependencies;

  public AnalyzerSet(AnalyzerRegistry builtIn, AdvisoryStore advisories) {
    this.builtIn = builtIn;
    this.advisories = advisories;
  }

  /** Returns the analyzers for a scan starting now. */
  public synchronized List<Analyzer> current() {
    String version = advisories.version();
    if (!version.equals(loadedVersion)) {
      dependencies = advisories.load().map(DependencyAnalyzer::new).orElse(null);
      loadedVersion = version;
    }
    List<Analyzer> analyzers = new ArrayList<>(builtIn.all());
    if (dependencies != null) analyzers.add(dependencies);
    return analyzers;
  }
}
