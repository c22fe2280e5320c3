package dev.vigil.engine.analysis.taint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The lowered files of a tree during one analysis: resolves an import to the file it names (an
 * exact path first, then a path ending with it) and gives each file one {@link ModuleAnalysis},
 * prepared (top level run) on first use. An import cycle is cut: a file whose top level is still
 * running is not resolved again.
 */
final class TreeModules implements ModuleAnalysis.Project {
  private final Map<String, SourceModule> modules;
  private final FrontEnd frontEnd;
  private final BiFunction<SourceModule, ModuleAnalysis.Project, ModuleAnalysis> create;
  private final Map<String, ModuleAnalysis> analyses = new HashMap<>();
  private final Set<String> preparing = new HashSet<>();

  TreeModules(Map<String, SourceModule> modules, FrontEnd frontEnd,
      BiFunction<SourceModule, ModuleAnalysis.Project, ModuleAnalysis> create) {
    this.modules = modules;
    this.frontEnd = frontEnd;
    this.create = create;
  }

  /** Returns the analysis of the file at {@code path}, bound to this tree. */
  ModuleAnalysis analysis(String path) {
    return analyses.computeIfAbsent(path, p -> create.apply(modules.get(p), this));
  }

  @Override
  public ModuleAnalysis module(String from, String module) {
    String path = resolve(from, module);
    if (path == null || path.equals(from) || preparing.contains(path)) return null;
    ModuleAnalysis analysis = analysis(path);
    preparing.add(path);
    try {
      analysis.prepare();
    } finally {
      preparing.remove(path);
    }
    return analysis;
  }

  private String resolve(String from, String module) {
    for (String candidate : frontEnd.modulePaths(from, module)) {
      if (modules.containsKey(candidate)) return candidate;
      for (String path : modules.keySet()) {
        if (ModulePaths.matches(candidate, path)) return path;
      }
    }
    return null;
  }
}
