package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.AnalysisCache.CachedAnalysis;
import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency analysis following a tree through a pass. Poms are kept parsed and Gradle build
 * files and {@code gradle.properties} kept by path; after a change, the manifests that changed
 * and those that read a changed file (a parent, a BOM, a properties file, or a path or coordinates
 * they looked for and did not find) are analysed again with the tree as it now is. Findings belong
 * to the manifest that declares the dependency. Other manifests and lock files depend on nothing
 * else: their results go through the content-addressed cache, as a per-file analyzer's would.
 */
final class DependencySession implements ProjectSession {
  private final DependencyAnalyzer analyzer;
  private final Manifests manifests;
  private final AnalysisCache cache;
  private final Map<String, MavenPom> poms = new HashMap<>();
  private final Map<String, Set<String>> pomsByKey = new HashMap<>();
  /** The text of each pom and Gradle build file, for the lines findings show. */
  private final Map<String, String> sources = new HashMap<>();
  private final Map<String, GradleProperties> properties = new HashMap<>();
  /** The findings of manifests that depend on no other file. */
  private final Map<String, List<Finding>> alone = new HashMap<>();
  /** What each manifest's last analysis looked at, as {@link PomInheritance#consulted()} keys. */
  private final Map<String, Set<String>> consulted = new HashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private final Set<String> touched = new HashSet<>();
  private final Map<String, String> failures = new LinkedHashMap<>();

  DependencySession(DependencyAnalyzer analyzer, Manifests manifests, AnalysisCache cache) {
    this.analyzer = analyzer;
    this.manifests = manifests;
    this.cache = cache;
  }

  @Override
  public void put(AnalysisContext file) {
    String path = file.path();
    remove(path);
    try {
      if (GradleProperties.isPropertiesFile(path)) {
        properties.put(path, GradleProperties.read(path, file.text()));
        return;
      }
      ManifestParser parser = manifests.parserFor(path);
      if (parser instanceof MavenPomParser maven) {
        MavenPom pom = maven.read(file.text());
        poms.put(path, pom);
        sources.put(path, file.text());
        if (pom.key() != null) {
          pomsByKey.computeIfAbsent(pom.key(), k -> new TreeSet<>()).add(path);
          touched.add("coords:" + pom.key());
        }
      } else if (parser instanceof GradleBuildParser) {
        sources.put(path, file.text());
      } else if (parser != null) {
        CachedAnalysis result = analyseAlone(file);
        if (result.failed()) {
          failures.put(path, result.error());
        } else {
          alone.put(path, result.findings().stream().map(f -> f.withPath(path)).toList());
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      failures.put(path, e.toString());
    }
  }

  @Override
  public void remove(String path) {
    changed.add(path);
    touched.add("path:" + path);
    failures.remove(path);
    MavenPom old = poms.remove(path);
    if (old != null && old.key() != null) {
      touched.add("coords:" + old.key());
      pomsByKey.get(old.key()).remove(path);
    }
    sources.remove(path);
    properties.remove(path);
    alone.remove(path);
    consulted.remove(path);
  }

  @Override
  public Update analyse() {
    if (changed.isEmpty()) return Update.none();
    Set<String> targets = new LinkedHashSet<>(changed);
    consulted.forEach((path, keys) -> {
      if (keys.stream().anyMatch(touched::contains)) targets.add(path);
    });
    Map<String, List<Finding>> found = new HashMap<>();
    Map<String, String> failed = new LinkedHashMap<>(failures);
    for (String path : targets) {
      found.put(path, List.of());
      if (failures.containsKey(path)) continue;
      if (alone.containsKey(path)) {
        found.put(path, alone.get(path));
      } else if (sources.containsKey(path)) {
        try {
          found.put(path, analyzer.findings(path, sources.get(path), dependencies(path), false));
        } catch (RuntimeException | StackOverflowError e) {
          failed.put(path, e.toString());
        }
      }
    }
    changed.clear();
    touched.clear();
    failures.clear();
    return new Update(found, failed);
  }

  /** Returns the dependencies of the pom or Gradle build at {@code path}, resolved with the tree. */
  private List<DeclaredDependency> dependencies(String path) {
    MavenPom pom = poms.get(path);
    if (pom != null) {
      PomInheritance inheritance = new PomInheritance(new PomInheritance.Tree() {
        @Override
        public MavenPom pom(String at) {
          return poms.get(at);
        }

        @Override
        public List<String> pomsWith(String key) {
          return List.copyOf(pomsByKey.getOrDefault(key, Set.of()));
        }

        @Override
        public String line(String at, int number) {
          String text = sources.get(at);
          if (text == null || number < 1) return "";
          return text.lines().skip(number - 1).findFirst().map(String::strip).orElse("");
        }
      });
      consulted.put(path, inheritance.consulted());
      return inheritance.dependencies(path, pom);
    }
    GradleProperties merged = GradleProperties.NONE;
    Set<String> read = new HashSet<>();
    List<String> files = GradleProperties.filesFor(path);
    for (String file : files) {
      if (file.equals(files.get(files.size() - 1))) merged = merged.or(rootExtraProperties(path, read));
      read.add("path:" + file);
      merged = merged.or(properties.getOrDefault(file, GradleProperties.NONE));
    }
    consulted.put(path, read);
    return new GradleBuildParser().parse(sources.get(path), merged);
  }

  /**
   * Returns the extra properties the root build file sets, for the subproject build at {@code
   * path} (the root build's own are read by the parser); records the root builds as read.
   */
  private GradleProperties rootExtraProperties(String path, Set<String> read) {
    GradleProperties found = GradleProperties.NONE;
    for (String root : GradleBuildParser.ROOT_BUILDS) {
      read.add("path:" + root);
      if (!root.equals(path) && sources.containsKey(root)) {
        found = found.or(GradleBuildParser.extraProperties(root, sources.get(root)));
      }
    }
    return found;
  }

  private CachedAnalysis analyseAlone(AnalysisContext file) {
    AnalysisCache.Key key = new AnalysisCache.Key(file.blobId(), analyzer.id(), analyzer.version());
    var cached = cache.get(key);
    if (cached.isPresent()) return cached.get();
    CachedAnalysis result;
    try {
      result = CachedAnalysis.of(analyzer.analyze(file));
    } catch (RuntimeException | StackOverflowError e) {
      result = CachedAnalysis.failed(e.toString());
    }
    cache.put(key, result);
    return result;
  }
}
