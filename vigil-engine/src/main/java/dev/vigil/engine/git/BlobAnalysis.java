package dev.vigil.engine.git;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.AnalysisCache.CachedAnalysis;
import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs the selected analyzers over file versions through the content-addressed cache, and keeps
 * the record of what could not be analysed. {@link ProjectAnalyzer}s are left to {@link
 * ProjectAnalysis}; their files are tracked all the same. A blob's bytes are read only when some
 * analyzer has no cached result for it. A pass may have file versions analysed ahead on its
 * workers ({@link #analyseAhead}); their results are taken in the pass's order, so findings,
 * skipped files and counts are those of a pass without workers. Not thread-safe: one per pass.
 */
final class BlobAnalysis {
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final Function<String, BlobContent> contents;
  private final PathScope scope;
  private final PassWorkers workers;
  private final Map<String, BlobContent> unreadable = new ConcurrentHashMap<>();
  private final Map<String, SkippedFile> skipped = new LinkedHashMap<>();
  /** Analyses running ahead on workers, by path and blob. */
  private final Map<String, Future<Map<String, CachedAnalysis>>> ahead = new HashMap<>();
  private IgnoreRules ignore = IgnoreRules.NONE;
  private final AtomicLong blobsRead = new AtomicLong();
  private final AtomicLong bytesAnalysed = new AtomicLong();
  private long analyzerRuns;
  private final AnalyzerTiming timing;
  private long cacheHits;

  /** {@code contents} loads a blob's bytes by id, or says why it cannot be analysed. */
  BlobAnalysis(List<Analyzer> analyzers, AnalysisCache cache, Function<String, BlobContent> contents,
      PathScope scope) {
    this(analyzers, cache, contents, scope, PassWorkers.of(1));
  }

  /** Creates the analysis with {@code workers} to analyse ahead on. */
  BlobAnalysis(List<Analyzer> analyzers, AnalysisCache cache, Function<String, BlobContent> contents,
      PathScope scope, PassWorkers workers) {
    this(analyzers, cache, contents, scope, workers, AnalyzerTiming.NONE);
  }

  /** Creates the analysis reporting each analyzer run's time to {@code timing}. */
  BlobAnalysis(List<Analyzer> analyzers, AnalysisCache cache, Function<String, BlobContent> contents,
      PathScope scope, PassWorkers workers, AnalyzerTiming timing) {
    this.timing = timing;
    this.analyzers = List.copyOf(analyzers);
    this.scope = scope;
    this.cache = cache;
    this.contents = contents;
    this.workers = workers;
  }

  /** Sets the {@code .vigilignore} rules of the commit or folder being analysed. */
  void ignore(IgnoreRules rules) {
    this.ignore = rules;
  }

  /** Returns the current {@code .vigilignore} rules. */
  IgnoreRules ignoreRules() {
    return ignore;
  }

  /**
   * Returns true if {@code path} is in scope, not ignored and some analyzer reads files there; a
   * path the ignore rules keep out is recorded as skipped once, with the pattern that matched.
   */
  boolean tracks(String path) {
    if (!scope.includes(path) || !read(path)) return false;
    var rule = ignore.ruleIgnoring(path);
    if (rule.isEmpty()) return true;
    skip(new SkippedFile(path, "", null, SkippedFile.Reason.IGNORED, "matches '" + rule.get() + "'"));
    return false;
  }

  /** Returns true if {@link #tracks} would, without recording anything. */
  boolean wouldTrack(String path) {
    return scope.includes(path) && read(path) && !ignore.ignores(path);
  }

  /** Returns true if some analyzer reads files at {@code path}. */
  private boolean read(String path) {
    for (Analyzer analyzer : analyzers) {
      if (analyzer.reads(path)) return true;
    }
    return false;
  }

  /**
   * Returns the findings in blob {@code blobId}, placed at {@code identityPath}; {@code path} is
   * where the blob is in {@code commitSha}, used to report a file that could not be analysed.
   */
  List<Finding> findings(String path, String identityPath, String blobId, String commitSha) {
    List<Analyzer> wanted = fileAnalyzers(path);
    Future<Map<String, CachedAnalysis>> early = ahead.remove(aheadKey(blobId, wanted));
    Map<String, CachedAnalysis> analysedAhead = early == null ? Map.of() : PassWorkers.join(early);
    List<Finding> found = new ArrayList<>();
    List<Analyzer> uncached = new ArrayList<>();
    for (Analyzer analyzer : wanted) {
      CachedAnalysis result = analysedAhead.get(analyzer.id());
      if (result != null) {
        // Analysed (and cached) by a worker; counted as the run it replaces.
        analyzerRuns++;
        collect(result, identityPath, path, blobId, commitSha, found);
        continue;
      }
      var cached = cache.get(key(blobId, analyzer));
      if (cached.isPresent()) {
        cacheHits++;
        collect(cached.get(), identityPath, path, blobId, commitSha, found);
      } else {
        uncached.add(analyzer);
      }
    }
    if (uncached.isEmpty()) return found;

    BlobContent content = content(blobId);
    if (content.isSkipped()) {
      skip(new SkippedFile(path, blobId, commitSha, content.skipReason(), content.detail()));
      return found;
    }
    for (Analyzer analyzer : uncached) {
      CachedAnalysis result = run(analyzer, new AnalysisContext(path, blobId, content.bytes()));
      analyzerRuns++;
      cache.put(key(blobId, analyzer), result);
      collect(result, identityPath, path, blobId, commitSha, found);
    }
    return found;
  }

  /**
   * Starts analysing blob {@code blobId} at {@code path} on a worker, which caches the results,
   * for a later {@link #findings} of it; {@code load} reads the blob on that worker. Does nothing
   * without workers. Call in the pass's order, so a blob is analysed at the path a pass without
   * workers would analyse it at.
   */
  void analyseAhead(String path, String blobId, Function<String, BlobContent> load) {
    List<Analyzer> wanted = fileAnalyzers(path);
    String key = aheadKey(blobId, wanted);
    if (!workers.parallel() || ahead.containsKey(key)) return;
    List<Analyzer> uncached = wanted.stream()
        .filter(analyzer -> cache.get(key(blobId, analyzer)).isEmpty()).toList();
    if (uncached.isEmpty()) return;
    ahead.put(key, workers.submit(() -> {
      Map<String, CachedAnalysis> results = analyse(path, blobId, uncached, id -> read(id, load));
      // A pass cancelled meanwhile interrupts its workers: what failed then is not the blob's fault,
      // but what succeeded is kept, so a resumed pass does not analyse the blob again.
      boolean interrupted = Thread.currentThread().isInterrupted();
      results.forEach((analyzer, result) -> {
        if (!(interrupted && result.failed())) {
          cache.put(new AnalysisCache.Key(blobId, analyzer, version(analyzer)), result);
        }
      });
      return results;
    }));
  }

  private static String aheadKey(String blobId, List<Analyzer> analyzers) {
    StringBuilder key = new StringBuilder(blobId);
    analyzers.forEach(analyzer -> key.append('\0').append(analyzer.id()));
    return key.toString();
  }

  private String version(String analyzerId) {
    return analyzers.stream().filter(a -> a.id().equals(analyzerId)).findFirst().orElseThrow().version();
  }

  /**
   * Returns what {@code uncached} make of blob {@code blobId}, read with {@code load}, by analyzer
   * id (nothing if it cannot be read); any thread.
   */
  private Map<String, CachedAnalysis> analyse(String path, String blobId, List<Analyzer> uncached,
      Function<String, BlobContent> load) {
    BlobContent content = load.apply(blobId);
    if (content.isSkipped()) return Map.of();
    Map<String, CachedAnalysis> results = new HashMap<>();
    for (Analyzer analyzer : uncached) {
      results.put(analyzer.id(), run(analyzer, new AnalysisContext(path, blobId, content.bytes())));
    }
    return results;
  }

  /** Returns the per-file analyzers that read {@code path}. */
  private List<Analyzer> fileAnalyzers(String path) {
    return analyzers.stream()
        .filter(analyzer -> analyzer.reads(path) && !(analyzer instanceof ProjectAnalyzer)).toList();
  }

  /** Records a file version that was not analysed, once per path and blob. */
  void skip(SkippedFile file) {
    skipped.putIfAbsent(file.path() + '\0' + file.blobId() + '\0' + file.reason(), file);
  }

  List<SkippedFile> skipped() {
    return List.copyOf(skipped.values());
  }

  ScanStats stats() {
    return new ScanStats(blobsRead.get(), bytesAnalysed.get(), analyzerRuns, cacheHits);
  }

  /** Returns the content of blob {@code blobId}, or why it cannot be analysed. */
  BlobContent content(String blobId) {
    return read(blobId, contents);
  }

  /** Returns the content of blob {@code blobId} read with {@code load}, counting it; any thread. */
  private BlobContent read(String blobId, Function<String, BlobContent> load) {
    BlobContent known = unreadable.get(blobId);
    if (known != null) return known;
    BlobContent content = load.apply(blobId);
    if (content.isSkipped()) {
      unreadable.put(blobId, content);
    } else {
      blobsRead.incrementAndGet();
      bytesAnalysed.addAndGet(content.bytes().length);
    }
    return content;
  }

  private CachedAnalysis run(Analyzer analyzer, AnalysisContext context) {
    long start = System.nanoTime();
    try {
      return CachedAnalysis.of(analyzer.analyze(context));
    } catch (RuntimeException | StackOverflowError e) {
      // A crashing rule costs one file, never the scan.
      return CachedAnalysis.failed(analyzer.id() + ": " + e);
    } finally {
      timing.spent(analyzer.id(), System.nanoTime() - start);
    }
  }

  private void collect(CachedAnalysis result, String identityPath, String path, String blobId,
      String commitSha, List<Finding> into) {
    if (result.failed()) {
      skip(new SkippedFile(path, blobId, commitSha, SkippedFile.Reason.ANALYZER_ERROR,
          result.error()));
    }
    for (Finding finding : result.findings()) {
      into.add(finding.withPath(identityPath));
    }
  }

  private static AnalysisCache.Key key(String blobId, Analyzer analyzer) {
    return new AnalysisCache.Key(blobId, analyzer.id(), analyzer.version());
  }
}
