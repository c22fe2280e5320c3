package dev.vigil.engine.analysis.java.crypto;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.FileKind;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crypto analysis following a tree through a pass. Each Java file's tree and what it declares
 * ({@link DeclaredConstants}) are kept while the tree holds it; after a change, the Java files
 * that changed and those whose last analysis consulted a class that a changed file declares or
 * declared (found or not, so a class that appears later is seen) are analysed again with the tree's
 * constants. Findings belong to the file with the crypto call. Properties files depend on nothing
 * else and are analysed when put.
 */
final class CryptoSession implements ProjectSession {
  private final CryptoAnalyzer analyzer;
  private final ProjectConstants constants = new ProjectConstants();
  /** The tree's Java files; parsed once per version while the trees fit (shared with taint). */
  private final Map<String, String> sources = new HashMap<>();
  private final Map<String, JavaFile> parsed = new HashMap<>();
  private final long maxKeptChars;
  private long keptChars;
  private boolean keepTrees = true;
  private final Map<String, List<Finding>> settings = new HashMap<>();
  /** The classes each Java file's last analysis consulted in other files. */
  private final Map<String, Set<String>> consulted = new HashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();
  /** The classes declared by the versions put or removed since the last analysis. */
  private final Set<String> touched = new HashSet<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  CryptoSession(CryptoAnalyzer analyzer, long maxKeptChars) {
    this.analyzer = analyzer;
    this.maxKeptChars = maxKeptChars;
  }

  @Override
  public void put(AnalysisContext file) {
    String path = file.path();
    remove(path);
    try {
      if (FileKind.extension(path).equals("properties")) {
        settings.put(path, analyzer.analyze(file));
        return;
      }
      JavaFile tree = analyzer.parse(path, file.text());
      DeclaredConstants declared = analyzer.declarations(path, tree);
      constants.put(path, declared);
      touched.addAll(declared.types().keySet());
      sources.put(path, file.text());
      keep(path, tree);
    } catch (RuntimeException | StackOverflowError e) {
      failures.put(path, e.toString());
    }
  }

  @Override
  public void remove(String path) {
    changed.add(path);
    failures.remove(path);
    touched.addAll(constants.remove(path));
    sources.remove(path);
    JavaFile tree = parsed.remove(path);
    if (tree != null) keptChars -= tree.length();
    settings.remove(path);
    consulted.remove(path);
  }

  /** Keeps a file's tree while the trees fit in memory; past that, files are parsed again. */
  private void keep(String path, JavaFile tree) {
    if (keepTrees && keptChars + tree.length() > maxKeptChars) {
      keepTrees = false;
      parsed.clear();
    }
    if (keepTrees) {
      parsed.put(path, tree);
      keptChars += tree.length();
    }
  }

  @Override
  public Update analyse() {
    if (changed.isEmpty()) return Update.none();
    Set<String> targets = new LinkedHashSet<>(changed);
    consulted.forEach((path, classes) -> {
      if (classes.stream().anyMatch(touched::contains)) targets.add(path);
    });
    Map<String, List<Finding>> found = new HashMap<>();
    Map<String, String> failed = new LinkedHashMap<>(failures);
    for (String path : targets) {
      found.put(path, settings.getOrDefault(path, List.of()));
      if (!sources.containsKey(path)) continue;
      // Filled by the analysis thread; a timed-out one may go on writing into it, not into ours.
      Set<String> seen = ConcurrentHashMap.newKeySet();
      try {
        JavaFile tree = parsed.containsKey(path) ? parsed.get(path) : analyzer.parse(path, sources.get(path));
        found.put(path, analyzer.javaFindings(path, tree, constants.lookup(path, seen)));
        consulted.put(path, Set.copyOf(seen));
      } catch (RuntimeException | StackOverflowError e) {
        consulted.remove(path);
        failed.put(path, e.toString());
      }
    }
    changed.clear();
    touched.clear();
    failures.clear();
    return new Update(found, failed);
  }
}
