package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.syntax.Grammar;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The analyzer of one language's taint engine: reads the files of its grammars; {@link #analyze}
 * reports the flows of one file alone, a session ({@link #openSession}) those across the files of a
 * tree, through imports. A file that is too large, nests too deeply, outlasts its budget or
 * is mostly not code of the language throws with a message naming it and the reason; the scan
 * records it as not analysed.
 */
public final class TaintAnalyzer implements ProjectAnalyzer {
  private final String id;
  private final String version;
  private final Set<Grammar> grammars;
  private final TaintEngine engine;

  /** Creates the analyzer {@code id} at {@code version} over an engine reading {@code grammars}. */
  public TaintAnalyzer(String id, String version, Set<Grammar> grammars, TaintEngine engine) {
    this.id = Objects.requireNonNull(id, "id == null");
    this.version = Objects.requireNonNull(version, "version == null");
    this.grammars = Set.copyOf(grammars);
    this.engine = Objects.requireNonNull(engine, "engine == null");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public boolean reads(String path) {
    return Grammar.forPath(path).filter(grammars::contains).isPresent();
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    return engine.analyse(context.path(), context.text());
  }

  @Override
  public ProjectSession openSession(AnalysisCache cache) {
    return engine.openSession();
  }

  @Override
  public List<RuleInfo> rules() {
    return engine.rules();
  }
}
