package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's taint analysis following a tree through a pass. Files are lowered once per version
 * and kept while the tree holds them. After a change, the changed files and every file that
 * imports one of them, directly or through other files, are analysed again with the whole tree:
 * a call into an imported file's function applies that function's summary. A finding belongs to
 * the file whose function starts the flow (it may sit in the imported file). If analysing the
 * files together fails (outlasts its budget), each is analysed alone, still with the whole tree,
 * and only those that fail alone are reported as not analysed.
 */
final class TaintProjectSession implements ProjectSession {
  private final TaintEngine engine;
  private final Map<String, SourceModule> tree = new LinkedHashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  TaintProjectSession(TaintEngine engine) {
    this.engine = engine;
  }

  @Override
  public void put(AnalysisContext file) {
    remove(file.path());
    try {
      tree.put(file.path(), engine.lower(file.path(), file.text()));
    } catch (RuntimeException e) {
      failures.put(file.path(), String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void remove(String path) {
    changed.add(path);
    failures.remove(path);
    tree.remove(path);
  }

  @Override
  public Update analyse() {
    if (changed.isEmpty()) return Update.none();
    Map<String, List<Finding>> found = new HashMap<>();
    Map<String, SourceModule> snapshot = Map.copyOf(tree);
    Set<String> entries = new LinkedHashSet<>();
    for (String path : affected()) {
      if (tree.containsKey(path)) entries.add(path);
      else found.put(path, List.of());
    }
    try {
      found.putAll(engine.analyse(snapshot, entries));
    } catch (RuntimeException together) {
      for (String path : entries) {
        try {
          found.putAll(engine.analyse(snapshot, Set.of(path)));
        } catch (RuntimeException e) {
          failures.put(path, String.valueOf(e.getMessage()));
          found.put(path, List.of());
        }
      }
    }
    Update update = new Update(found, failures);
    changed.clear();
    failures.clear();
    return update;
  }

  /** Returns the changed paths and the files that import them, directly or not. */
  private Set<String> affected() {
    Set<String> affected = new LinkedHashSet<>(changed);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (SourceModule module : tree.values()) {
        if (affected.contains(module.path())) continue;
        if (!engine.importsOf(module, affected).isEmpty()) grew |= affected.add(module.path());
      }
    }
    return affected;
  }
}
