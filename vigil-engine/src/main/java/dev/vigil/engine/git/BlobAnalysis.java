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
import java.util.function.Function;

/**
 * Runs the selected analyzers over file versions through the content-addressed cache, and keeps
 * the record of what could not be analysed. {@link ProjectAnalyzer}s are left to {@link
 * ProjectAnalysis}; their files are tracked all the same. A blob's bytes are read only when some analyzer has no
 * cached result for it. Not thread-safe: one per pass.
 */
final class BlobAnalysis {
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final Function<String, BlobContent> contents;
  private final PathScope scope;
  private final Map<String, BlobContent> unreadable = new HashMap<>();
  private final Map<String, SkippedFile> skipped = new LinkedHashMap<>();
  private IgnoreRules ignore = IgnoreRules.NONE;
  private long blobsRead;
  private long bytesAnalysed;
  private long analyzerRuns;
  private long cacheHits;

  /** {@code contents} loads a blob's bytes by id, or says why it cannot be analysed. */
  BlobAnalysis(List<Analyzer> analyzers, AnalysisCache cache, Function<String, BlobContent> contents,
      PathScope scope) {
    this.analyzers = List.copyOf(analyzers);
    this.scope = scope;
    this.cache = cache;
    this.contents = contents;
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
    List<Finding> found = new ArrayList<>();
    List<Analyzer> uncached = new ArrayList<>();
    for (Analyzer analyzer : analyzers) {
      if (!analyzer.reads(path) || analyzer instanceof ProjectAnalyzer) continue;
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
      cache.put(key(blobId, analyzer), result);
      collect(result, identityPath, path, blobId, commitSha, found);
    }
    return found;
  }

  /** Records a file version that was not analysed, once per path and blob. */
  void skip(SkippedFile file) {
    skipped.putIfAbsent(file.path() + '\0' + file.blobId() + '\0' + file.reason(), file);
  }

  List<SkippedFile> skipped() {
    return List.copyOf(skipped.values());
  }

  ScanStats stats() {
    return new ScanStats(blobsRead, bytesAnalysed, analyzerRuns, cacheHits);
  }

  /** Returns the content of blob {@code blobId}, or why it cannot be analysed. */
  BlobContent content(String blobId) {
    BlobContent known = unreadable.get(blobId);
    if (known != null) return known;
    BlobContent content = contents.apply(blobId);
    if (content.isSkipped()) {
      unreadable.put(blobId, content);
    } else {
      blobsRead++;
      bytesAnalysed += content.bytes().length;
    }
    return content;
  }

  private CachedAnalysis run(Analyzer analyzer, AnalysisContext context) {
    analyzerRuns++;
    try {
      return CachedAnalysis.of(analyzer.analyze(context));
    } catch (RuntimeException | StackOverflowError e) {
      // A crashing rule costs one file, never the scan.
      return CachedAnalysis.failed(analyzer.id() + ": " + e);
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
