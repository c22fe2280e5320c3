package dev.vigil.engine.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analyzers a scan can run, by id. Shared by the command line and the server. */
public final class AnalyzerRegistry {
  private final Map<String, Analyzer> byId = new LinkedHashMap<>();

  public AnalyzerRegistry(Collection<? extends Analyzer> analyzers) {
    for (Analyzer analyzer : analyzers) {
      if (byId.putIfAbsent(analyzer.id(), analyzer) != null) {
        throw new IllegalArgumentException("two analyzers share the id '" + analyzer.id() + "'");
      }
    }
  }

  /** Returns the registry of every analyzer that ships with Vigil. */
  public static AnalyzerRegistry builtIn() {
    return new AnalyzerRegistry(BuiltInAnalyzers.all());
  }

  /** Returns every registered analyzer in registration order. */
  public List<Analyzer> all() {
    return List.copyOf(byId.values());
  }

  /** Returns the ids of every registered analyzer. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * Returns the analyzers with the given ids, in the order given; throws naming the unknown id and
   * the known ones if an id is not registered.
   */
  public List<Analyzer> select(Collection<String> ids) {
    List<Analyzer> selected = new ArrayList<>();
    for (String id : ids) {
      Analyzer analyzer = byId.get(id.trim());
      if (analyzer == null) {
        throw new IllegalArgumentException(
            "unknown analyzer '" + id.trim() + "': expected one of " + String.join(", ", ids()));
      }
      if (!selected.contains(analyzer)) selected.add(analyzer);
    }
    return selected;
  }
}
