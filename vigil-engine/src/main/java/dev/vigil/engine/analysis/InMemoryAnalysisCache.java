package dev.vigil.engine.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link AnalysisCache} that lives as long as the process: what the command line uses. */
public final class InMemoryAnalysisCache implements AnalysisCache {
  private final Map<Key, CachedAnalysis> results = new ConcurrentHashMap<>();

  @Override
  public Optional<CachedAnalysis> get(Key key) {
    return Optional.ofNullable(results.get(key));
  }

  @Override
  public void put(Key key, CachedAnalysis result) {
    results.put(key, result);
  }

  /** Returns the number of stored results. */
  public int size() {
    return results.size();
  }
}
