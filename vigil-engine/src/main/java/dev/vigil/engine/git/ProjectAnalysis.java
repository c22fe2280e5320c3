package dev.vigil.engine.git;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the selected {@link ProjectAnalyzer}s over a tree that a pass changes file by file: one
 * session per analyzer, told of every file put or removed; after each commit's changes, {@link
 * #analyse} returns the findings of the files whose findings may have changed, over all those
 * analyzers. The sessions are independent: each gets the changes in the order they were made and
 * they analyse side by side on the pass's workers; what they report is merged in analyzer order,
 * so the result does not depend on the number of workers. Not thread-safe: one per pass.
 */
final class ProjectAnalysis {
  private final Map<ProjectAnalyzer, ProjectSession> sessions = new LinkedHashMap<>();
  private final AnalyzerTiming timing;
  /** The changes made since the last analysis, for each session: a put file, or a removed path. */
  private final Map<ProjectAnalyzer, List<Object>> pending = new LinkedHashMap<>();
  private final Function<String, BlobContent> contents;
  private final Consumer<SkippedFile> skips;
  private final PassWorkers workers;
  /** The blob at each path put, for reporting failures. */
  private final Map<String, String> blobs = new HashMap<>();
  /** The current findings of each file, by analyzer id. */
  private final Map<String, Map<String, List<Finding>>> current = new HashMap<>();

  /** {@code contents} loads a blob or says why it cannot be analysed; {@code skips} records that. */
  ProjectAnalysis(List<Analyzer> analyzers, AnalysisCache cache,
      Function<String, BlobContent> contents, Consumer<SkippedFile> skips) {
    this(analyzers, cache, contents, skips, PassWorkers.of(1));
  }

  /** Creates the analysis with its sessions analysing on {@code workers}. */
  ProjectAnalysis(List<Analyzer> analyzers, AnalysisCache cache,
      Function<String, BlobContent> contents, Consumer<SkippedFile> skips, PassWorkers workers) {
    this(analyzers, cache, contents, skips, workers, AnalyzerTiming.NONE);
  }

  /** Creates the analysis reporting each session's work to {@code timing}. */
  ProjectAnalysis(List<Analyzer> analyzers, AnalysisCache cache, Function<String, BlobContent> contents,
      Consumer<SkippedFile> skips, PassWorkers workers, AnalyzerTiming timing) {
    this.timing = timing;
    for (Analyzer analyzer : analyzers) {
      if (analyzer instanceof ProjectAnalyzer project) {
        sessions.put(project, project.openSession(cache));
        pending.put(project, new ArrayList<>());
      }
    }
    this.contents = contents;
    this.skips = skips;
    this.workers = workers;
  }

  /** Returns true if some project analyzer reads files at {@code path}. */
  boolean reads(String path) {
    return sessions.keySet().stream().anyMatch(analyzer -> analyzer.reads(path));
  }

  /**
   * Lets the analyzers that read {@code path} prepare blob {@code blobId} on a worker, ahead of
   * its put ({@link ProjectAnalyzer#prepare}); {@code load} reads the blob on that worker.
   */
  void prepare(String path, String blobId, Function<String, BlobContent> load) {
    List<ProjectAnalyzer> readers = sessions.keySet().stream().filter(a -> a.reads(path)).toList();
    if (readers.isEmpty() || !workers.parallel()) return;
    workers.submit(() -> {
      BlobContent content = load.apply(blobId);
      if (content.isSkipped()) return null;
      AnalysisContext file = new AnalysisContext(path, blobId, content.bytes());
      for (ProjectAnalyzer analyzer : readers) {
        long start = System.nanoTime();
        try {
          analyzer.prepare(file);
        } catch (RuntimeException | StackOverflowError e) {
          // Preparing is an optimisation: the put does the work again and reports the failure.
        } finally {
          timing.spent(analyzer.id(), System.nanoTime() - start);
        }
      }
      return null;
    });
  }

  /** Puts the version {@code blobId} of the file at {@code path}, found in {@code commitSha}. */
  void put(String path, String blobId, String commitSha) {
    BlobContent content = null;
    for (var entry : pending.entrySet()) {
      if (!entry.getKey().reads(path)) continue;
      if (content == null) content = contents.apply(blobId);
      if (content.isSkipped()) {
        skips.accept(new SkippedFile(path, blobId, commitSha, content.skipReason(), content.detail()));
        entry.getValue().add(path);
      } else {
        entry.getValue().add(new AnalysisContext(path, blobId, content.bytes()));
      }
    }
    if (content != null) blobs.put(path, blobId);
  }

  /** Removes the file at {@code path}. */
  void remove(String path) {
    for (var entry : pending.entrySet()) {
      if (entry.getKey().reads(path)) entry.getValue().add(path);
    }
    blobs.remove(path);
    current.remove(path);
  }

  /**
   * Analyses the tree as it now is; returns, for every file whose findings may have changed, its
   * findings over all project analyzers. Files that could not be analysed are reported as skipped
   * in {@code commitSha}.
   */
  Map<String, List<Finding>> analyse(String commitSha) {
    List<Callable<ProjectSession.Update>> tasks = new ArrayList<>();
    sessions.forEach((analyzer, session) -> {
      List<Object> changes = List.copyOf(pending.get(analyzer));
      pending.get(analyzer).clear();
      tasks.add(() -> {
        long start = System.nanoTime();
        try {
          for (Object change : changes) {
            if (change instanceof AnalysisContext file) session.put(file); else session.remove((String) change);
          }
          return session.analyse();
        } finally {
          timing.spent(analyzer.id(), System.nanoTime() - start);
        }
      });
    });
    List<ProjectSession.Update> updates = workers.all(tasks);
    Set<String> changed = new LinkedHashSet<>();
    int i = 0;
    for (ProjectAnalyzer analyzer : sessions.keySet()) {
      ProjectSession.Update update = updates.get(i++);
      update.failures().forEach((path, reason) -> skips.accept(new SkippedFile(path,
          blobs.getOrDefault(path, ""), commitSha, SkippedFile.Reason.ANALYZER_ERROR,
          analyzer.id() + ": " + reason)));
      update.findings().forEach((path, found) -> {
        current.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(analyzer.id(), found);
        changed.add(path);
      });
    }
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    changed.forEach(path -> findings.put(path, findingsOf(path)));
    return findings;
  }

  /**
   * Returns the current findings of the file at {@code path} over all project analyzers, one
   * weakness reported once ({@link OverlappingFindings}).
   */
  List<Finding> findingsOf(String path) {
    return OverlappingFindings.merge(current.getOrDefault(path, Map.of()));
  }
}
