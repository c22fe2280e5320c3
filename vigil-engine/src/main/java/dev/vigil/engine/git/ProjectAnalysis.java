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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the selected {@link ProjectAnalyzer}s over a tree that a pass changes file by file: one
 * session per analyzer, told of every file put or removed; after each commit's changes, {@link
 * #analyse} returns the findings of the files whose findings may have changed, over all those
 * analyzers. Not thread-safe: one per pass.
 */
final class ProjectAnalysis {
  private final Map<ProjectAnalyzer, ProjectSession> sessions = new LinkedHashMap<>();
  private final Function<String, BlobContent> contents;
  private final Consumer<SkippedFile> skips;
  /** The blob at each path put, for reporting failures. */
  private final Map<String, String> blobs = new HashMap<>();
  /** The current findings of each file, by analyzer id. */
  private final Map<String, Map<String, List<Finding>>> current = new HashMap<>();

  /** {@code contents} loads a blob or says why it cannot be analysed; {@code skips} records that. */
  ProjectAnalysis(List<Analyzer> analyzers, AnalysisCache cache,
      Function<String, BlobContent> contents, Consumer<SkippedFile> skips) {
    for (Analyzer analyzer : analyzers) {
      if (analyzer instanceof ProjectAnalyzer project) sessions.put(project, project.openSession(cache));
    }
    this.contents = contents;
    this.skips = skips;
  }

  /** Puts the version {@code blobId} of the file at {@code path}, found in {@code commitSha}. */
  void put(String path, String blobId, String commitSha) {
    BlobContent content = null;
    for (var entry : sessions.entrySet()) {
      if (!entry.getKey().reads(path)) continue;
      if (content == null) content = contents.apply(blobId);
      if (content.isSkipped()) {
        skips.accept(new SkippedFile(path, blobId, commitSha, content.skipReason(), content.detail()));
        entry.getValue().remove(path);
      } else {
        entry.getValue().put(new AnalysisContext(path, blobId, content.bytes()));
      }
    }
    if (content != null) blobs.put(path, blobId);
  }

  /** Removes the file at {@code path}. */
  void remove(String path) {
    for (var entry : sessions.entrySet()) {
      if (entry.getKey().reads(path)) entry.getValue().remove(path);
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
    Set<String> changed = new LinkedHashSet<>();
    for (var entry : sessions.entrySet()) {
      String analyzer = entry.getKey().id();
      ProjectSession.Update update = entry.getValue().analyse();
      update.failures().forEach((path, reason) -> skips.accept(new SkippedFile(path,
          blobs.getOrDefault(path, ""), commitSha, SkippedFile.Reason.ANALYZER_ERROR,
          analyzer + ": " + reason)));
      update.findings().forEach((path, found) -> {
        current.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(analyzer, found);
        changed.add(path);
      });
    }
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    changed.forEach(path -> findings.put(path, findingsOf(path)));
    return findings;
  }

  /** Returns the current findings of the file at {@code path} over all project analyzers. */
  List<Finding> findingsOf(String path) {
    List<Finding> found = new ArrayList<>();
    current.getOrDefault(path, Map.of()).values().forEach(found::addAll);
    return found;
  }
}
