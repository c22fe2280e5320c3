package dev.vigil.engine.git;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.Finding;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The commit-level pass over a history window. It analyses the whole tree at the newest commit
 * first (what is exposed now comes first), then walks back one commit at a time, analysing the
 * file versions each commit replaced, with rename detection, so every finding present at any commit
 * of the window is seen with exact introduced-in and fixed-in commits. Every blob goes through the
 * content-addressed cache, so cost follows the number of distinct changed blobs.
 *
 * <p>With more than one thread ({@link PassOptions#threads}), the project analyzers analyse each
 * commit side by side, and the file versions of the next few commits are analysed and prepared
 * (parsed) ahead on idle workers; the commits are still applied one by one in order, so the
 * findings are those of a one-thread pass.
 */
public final class CommitPass {
  private final List<Analyzer> analyzers;
  private final AnalysisCache cache;
  private final PassOptions options;
  private final AnalyzerTiming timing;

  public CommitPass(List<Analyzer> analyzers, AnalysisCache cache, PassOptions options) {
    this(analyzers, cache, options, AnalyzerTiming.NONE);
  }

  private CommitPass(List<Analyzer> analyzers, AnalysisCache cache, PassOptions options, AnalyzerTiming timing) {
    if (analyzers.isEmpty()) throw new IllegalArgumentException("no analyzers selected");
    this.analyzers = List.copyOf(analyzers);
    this.cache = Objects.requireNonNull(cache, "cache == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.timing = Objects.requireNonNull(timing, "timing == null");
  }

  /** Returns this pass reporting how long each analyzer works to {@code timing}. */
  public CommitPass withTiming(AnalyzerTiming timing) {
    return new CommitPass(analyzers, cache, options, timing);
  }

  /**
   * Runs the pass over {@code window}; throws {@link ScanCancelledException} with a checkpoint
   * when {@code cancelled} turns true, and {@link ScanInputException} on bad input.
   */
  public ScanResult run(Repository repository, HistoryWindow window, ScanListener listener,
      BooleanSupplier cancelled) {
    ObjectId head = WindowCommits.resolveBranch(repository, window.branch());
    return new Run(repository, window, head, listener, cancelled).start(null);
  }

  /** Continues a pass from a checkpoint; the result is that of an uninterrupted run. */
  public ScanResult resume(Repository repository, ScanCheckpoint checkpoint, ScanListener listener,
      BooleanSupplier cancelled) {
    ObjectId head = ObjectId.fromString(checkpoint.headSha());
    return new Run(repository, checkpoint.window(), head, listener, cancelled).start(checkpoint);
  }

  /** How many commits ahead file versions are analysed and prepared on idle workers. */
  private static final int LOOKAHEAD_COMMITS = 8;

  /** One execution of the pass, with its reader, walk and state. */
  private final class Run {
    private final Repository repository;
    private final HistoryWindow window;
    private final ObjectId head;
    private final ScanListener listener;
    private final BooleanSupplier cancelled;
    private final FindingTracker tracker = new FindingTracker();
    /** The findings of per-file analyzers in each tracked file, at its identity path. */
    private final Map<String, List<Finding>> own = new HashMap<>();
    private final long startNanos = System.nanoTime();
    private BlobAnalysis blobs;
    private ProjectAnalysis project;
    private List<RevCommit> commits;
    private List<CommitInfo> infos;
    /** The changes of commits computed ahead, by index: from the commit to its newer neighbour. */
    private final Map<Integer, List<DiffEntry>> changesAhead = new HashMap<>();
    private int lookedAhead;

    Run(Repository repository, HistoryWindow window, ObjectId head, ScanListener listener,
        BooleanSupplier cancelled) {
      this.repository = repository;
      this.window = window;
      this.head = head;
      this.listener = listener;
      this.cancelled = cancelled;
    }

    ScanResult start(ScanCheckpoint checkpoint) {
      try (PassWorkers workers = PassWorkers.of(options.threads());
           ObjectReader reader = repository.newObjectReader();
           RevWalk walk = new RevWalk(reader);
           DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
        blobs = new BlobAnalysis(analyzers, cache, blobId -> load(reader, blobId),
            options.scope(), workers, timing);
        project = new ProjectAnalysis(analyzers, cache, blobs::content, blobs::skip, workers, timing);
        diff.setReader(reader, repository.getConfig());
        diff.setDetectRenames(true);
        commits = WindowCommits.list(walk, head, window);
        infos = commits.stream().map(CommitInfo::of).toList();
        blobs.ignore(IgnoreRules.at(reader, commits.get(0).getTree()));

        int next = checkpoint == null ? 0 : restore(checkpoint);
        lookedAhead = next;
        for (int i = next; i < commits.size(); i++) {
          if (cancelled.getAsBoolean()) throw new ScanCancelledException(checkpoint(i));
          tracker.beginCommit(i);
          if (i == 0) addTree(reader, commits.get(0), workers.parallel()); else walkBack(diff, i);
          if (workers.parallel()) lookAhead(diff, i);
          refreshProjectFindings(commits.get(i).name());
          tracker.endCommit();
          listener.progress(progress(i + 1));
          boolean checkpointDue = (i + 1) % options.checkpointEvery() == 0 && i + 1 < commits.size();
          if (checkpointDue) listener.checkpoint(checkpoint(i + 1));
          if (checkpointDue || (i == 0 && commits.size() > 1)) {
            listener.provisionalFindings(tracker.snapshot(infos, i));
          }
        }
        List<TrackedFinding> findings = HeadRefinement.apply(analyzers, tracker.finish(infos),
            wanted -> headFiles(reader, commits.get(0), wanted));
        return new ScanResult(findings, blobs.skipped(), infos.get(0), commits.size(),
            blobs.stats(), elapsed());
      } catch (IOException e) {
        throw new ScanInputException("cannot read " + repository.getDirectory() + ": "
            + e.getMessage(), e);
      }
    }

    /**
     * Tracks every file of the newest commit's tree; {@code ahead}, its files are first all given
     * to the workers to analyse.
     */
    private void addTree(ObjectReader reader, RevCommit commit, boolean ahead) throws IOException {
      record File(String path, FileMode mode, ObjectId blob) {}
      List<File> files = new ArrayList<>();
      try (TreeWalk tree = new TreeWalk(reader)) {
        tree.addTree(commit.getTree());
        tree.setRecursive(true);
        while (tree.next()) {
          files.add(new File(tree.getPathString(), tree.getFileMode(0), tree.getObjectId(0)));
        }
      }
      for (File file : files) {
        if (ahead && isFile(file.mode()) && blobs.wouldTrack(file.path())) {
          blobs.analyseAhead(file.path(), file.blob().name(), this::loadOnWorker);
        }
      }
      for (File file : files) track(file.path(), file.path(), file.mode(), file.blob(), commit.name());
    }

    /**
     * Computes the changes of the commits up to {@link #LOOKAHEAD_COMMITS} after {@code i} and
     * gives the file versions they bring back to the workers: to analyse, and to prepare for the
     * project analyzers.
     */
    private void lookAhead(DiffFormatter diff, int i) throws IOException {
      int last = Math.min(commits.size() - 1, i + LOOKAHEAD_COMMITS);
      for (int j = Math.max(lookedAhead + 1, 1); j <= last; j++) {
        for (DiffEntry change : changes(diff, j)) {
          if (change.getChangeType() == DiffEntry.ChangeType.ADD
              || change.getChangeType() == DiffEntry.ChangeType.COPY) {
            continue;
          }
          String path = change.getOldPath();
          if (!isFile(change.getOldMode()) || !blobs.wouldTrack(path)) continue;
          String blobId = change.getOldId().name();
          blobs.analyseAhead(path, blobId, this::loadOnWorker);
          project.prepare(path, blobId, this::loadOnWorker);
        }
        lookedAhead = j;
      }
    }

    /** Returns the changes from commit {@code i} to its newer neighbour, computed once. */
    private List<DiffEntry> changes(DiffFormatter diff, int i) throws IOException {
      List<DiffEntry> known = changesAhead.get(i);
      if (known != null) return known;
      List<DiffEntry> changes = diff.scan(commits.get(i).getTree(), commits.get(i - 1).getTree());
      changesAhead.put(i, changes);
      return changes;
    }

    /**
     * Moves the tracked tree from commit {@code i - 1} back to its first parent, commit {@code i}:
     * files the newer commit added leave, files it deleted come back, modified and renamed files
     * return to their older blob (a renamed file keeps its identity path).
     */
    private void walkBack(DiffFormatter diff, int i) throws IOException {
      RevCommit older = commits.get(i);
      List<DiffEntry> changes = changes(diff, i);
      changesAhead.remove(i);
      for (DiffEntry change : changes) {
        String identity = null;
        if (change.getChangeType() != DiffEntry.ChangeType.DELETE) {
          identity = tracker.identityOf(change.getNewPath());
          untrack(change.getNewPath());
        }
        switch (change.getChangeType()) {
          case ADD, COPY -> { }
          case DELETE, MODIFY, RENAME -> {
            String oldPath = change.getOldPath();
            track(oldPath, identity == null ? oldPath : identity, change.getOldMode(),
                change.getOldId().toObjectId(), older.name());
          }
        }
      }
    }

    /** Returns the head's text files accepted by {@code wanted}, within the context size caps. */
    private Map<String, String> headFiles(ObjectReader reader, RevCommit head, Predicate<String> wanted) {
      Map<String, String> files = new HashMap<>();
      long total = 0;
      try (TreeWalk tree = new TreeWalk(reader)) {
        tree.addTree(head.getTree());
        tree.setRecursive(true);
        while (tree.next() && total < HeadRefinement.MAX_TOTAL_BYTES) {
          String path = tree.getPathString();
          if (!isFile(tree.getFileMode(0)) || !options.scope().includes(path) || !wanted.test(path)
              || blobs.ignoreRules().ignores(path)) {
            continue;
          }
          ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
          if (loader.getSize() > HeadRefinement.MAX_FILE_BYTES) continue;
          byte[] bytes = loader.getBytes();
          if (RawText.isBinary(bytes)) continue;
          files.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          total += bytes.length;
        }
      } catch (IOException e) {
        // Context is a refinement: without it the findings stay as the pass found them.
      }
      return files;
    }

    private void track(String path, String identityPath, FileMode mode, ObjectId blob,
        String commitSha) {
      if (!blobs.tracks(path)) return;
      if (mode == FileMode.SYMLINK) {
        blobs.skip(new SkippedFile(path, blob.name(), commitSha, SkippedFile.Reason.SYMLINK, ""));
        return;
      }
      if (!isFile(mode)) return;
      own.put(path, blobs.findings(path, identityPath, blob.name(), commitSha));
      project.put(path, blob.name(), commitSha);
      // Project findings join once the whole commit is applied (refreshProjectFindings): only
      // then are they current, and the identities of the files they point into known.
      tracker.put(path, identityPath, blob.name(), own.get(path), commitSha);
    }

    private void untrack(String path) {
      tracker.remove(path);
      own.remove(path);
      project.remove(path);
    }

    /**
     * Lets the project analyzers see the commit's changes: the files whose findings depend on
     * what changed are tracked again with their new findings.
     */
    private void refreshProjectFindings(String commitSha) {
      for (String path : project.analyse(commitSha).keySet()) {
        String identity = tracker.identityOf(path);
        if (identity != null) {
          tracker.put(path, identity, tracker.blobOf(path), findingsIn(path), commitSha);
        }
      }
    }

    /** Returns the findings of the file at {@code path}, each placed at its identity path. */
    private List<Finding> findingsIn(String path) {
      List<Finding> found = new ArrayList<>(own.getOrDefault(path, List.of()));
      for (Finding finding : project.findingsOf(path)) {
        String identity = tracker.identityOf(finding.location().path());
        found.add(identity == null ? finding : finding.withPath(identity));
      }
      return found;
    }

    private int restore(ScanCheckpoint checkpoint) {
      if (!commits.get(0).name().equals(checkpoint.headSha())) {
        throw new IllegalStateException("checkpoint head " + checkpoint.headSha()
            + " differs from window head " + commits.get(0).name());
      }
      tracker.restore(checkpoint.findings());
      checkpoint.skipped().forEach(blobs::skip);
      String commitSha = commits.get(checkpoint.commitsDone() - 1).name();
      for (var file : checkpoint.paths()) {
        own.put(file.path(), blobs.findings(file.path(), file.identityPath(), file.blobId(), commitSha));
        tracker.restoreFile(file.path(), file.identityPath(), file.blobId(), own.get(file.path()));
        project.put(file.path(), file.blobId(), commitSha);
      }
      refreshProjectFindings(commitSha);
      return checkpoint.commitsDone();
    }

    private ScanCheckpoint checkpoint(int commitsDone) {
      return new ScanCheckpoint(commits.get(0).name(), window, commitsDone,
          tracker.trackedPaths(), tracker.findingStates(), blobs.skipped());
    }

    private ScanProgress progress(int commitsDone) {
      ScanStats stats = blobs.stats();
      return new ScanProgress(commitsDone, commits.size(), stats.analyzerRuns(), stats.cacheHits(),
          elapsed());
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Loads a blob on a worker thread, with a reader of its own (readers are not thread-safe). */
    private BlobContent loadOnWorker(String blobId) {
      try (ObjectReader own = repository.newObjectReader()) {
        return load(own, blobId);
      }
    }

    private BlobContent load(ObjectReader reader, String blobId) {
      try {
        ObjectLoader loader = reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB);
        if (loader.getSize() > options.maxBlobBytes()) {
          return BlobContent.skipped(SkippedFile.Reason.TOO_LARGE,
              loader.getSize() + " bytes, cap " + options.maxBlobBytes());
        }
        byte[] bytes = loader.getCachedBytes(Math.toIntExact(options.maxBlobBytes()));
        if (RawText.isBinary(bytes)) return BlobContent.skipped(SkippedFile.Reason.BINARY, "");
        return BlobContent.of(bytes);
      } catch (IOException | LargeObjectException | IllegalArgumentException e) {
        return BlobContent.skipped(SkippedFile.Reason.UNREADABLE, String.valueOf(e.getMessage()));
      }
    }
  }

  private static boolean isFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }
}
