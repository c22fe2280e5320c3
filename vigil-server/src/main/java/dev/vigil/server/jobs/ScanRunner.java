package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.git.AnalyzerTiming;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.PathScope;
import dev.vigil.engine.git.ScanCheckpoint;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanProgress;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.owners.CodeOwners;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.threat.ThreatModels;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one stored scan to its end: a backfill over its history window, or an incremental scan of
 * the commits since the last finished scan of the branch. Progress and checkpoints go to the
 * database as it runs; a scan that stopped (crash, shutdown) resumes from its checkpoint, and
 * findings are upserted by fingerprint, so none is lost or duplicated.
 */
public final class ScanRunner {
  private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);
  /** The most commits an incremental scan walks back looking for the previous head. */
  static final int INCREMENTAL_LIMIT = 10_000;

  private final ScanStore scans;
  private final RepositoryStore repositories;
  private final FindingStore findings;
  private final AnalysisCache cache;
  private final AnalyzerSet analyzers;
  private final RepositoryMirrors mirrors;
  private final PassOptions options;
  private final String worker;
  private final ThreatModels threatModels;
  private final AnalyzerTiming timing;

  public ScanRunner(ScanStore scans, RepositoryStore repositories, FindingStore findings,
      AnalysisCache cache, AnalyzerSet analyzers, RepositoryMirrors mirrors, PassOptions options,
      String worker, ThreatModels threatModels) {
    this(scans, repositories, findings, cache, analyzers, mirrors, options, worker, threatModels, AnalyzerTiming.NONE);
  }

  /** Creates the runner reporting each analyzer's time to {@code timing}. */
  public ScanRunner(ScanStore scans, RepositoryStore repositories, FindingStore findings,
      AnalysisCache cache, AnalyzerSet analyzers, RepositoryMirrors mirrors, PassOptions options,
      String worker, ThreatModels threatModels, AnalyzerTiming timing) {
    this.timing = timing;
    this.scans = scans;
    this.repositories = repositories;
    this.findings = findings;
    this.cache = cache;
    this.analyzers = analyzers;
    this.mirrors = mirrors;
    this.options = options;
    this.worker = worker;
    this.threatModels = threatModels;
  }

  /**
   * Runs the scan; returns normally when it is done or failed (the state says which) and throws
   * {@link dev.vigil.engine.git.ScanCancelledException} when {@code stopping} interrupted it.
   */
  public void run(long scanId, BooleanSupplier stopping) {
    ScanRecord scan = scans.find(scanId).orElse(null);
    if (scan == null || scan.finished()) return;
    RepositoryRecord repository = repositories.find(scan.repositoryId()).orElse(null);
    if (repository == null) {
      scans.failed(scanId, "the repository was removed");
      return;
    }
    try (Repository git = mirrors.open(repository, repositories.credential(repository.id()))) {
      Optional<ScanCheckpoint> checkpoint = scans.loadCheckpoint(scanId);
      CommitPass pass = new CommitPass(analyzers.current(), cache,
          options.withScope(PathScope.parse(repository.pathScope()))).withTiming(timing);
      Listener listener = new Listener(scan);
      if (ScanRecord.INCREMENTAL.equals(scan.kind())) {
        runIncremental(scan, repository, git, pass, listener, stopping);
        return;
      }
      ScanResult result;
      if (checkpoint.isPresent()) {
        log.info("scan {} resumes after {} commits", scanId, checkpoint.get().commitsDone());
        scans.start(scanId, checkpoint.get().headSha(), scan.commitsTotal(), worker);
        scans.resumed(scanId, checkpoint.get().commitsDone());
        scans.progress(scanId, new ScanProgress(checkpoint.get().commitsDone(), scan.commitsTotal(),
            scan.blobsAnalysed(), scan.cacheHits(), java.time.Duration.ZERO));
        result = pass.resume(git, checkpoint.get(), listener, stopping);
      } else {
        HistoryWindow window = window(scan);
        scans.start(scanId, resolve(git, scan.branch()).name(), 0, worker);
        result = pass.run(git, window, listener, stopping);
      }
      findings.recordBackfill(scan.repositoryId(), scanId, result.findings());
      // a date range ends before the tip: the scan is of its newest commit, where increments start
      if (scan.windowUntil() != null) scans.head(scanId, result.head().sha());
      threatModels.refresh(repository, git, result.head().sha());
      suggestOwners(repository, git, ObjectId.fromString(result.head().sha()));
      scans.done(scanId, result.skipped());
      log.info("scan {} done: {} commits, {} findings", scanId, result.commitsScanned(),
          result.findings().size());
    } catch (dev.vigil.engine.git.ScanCancelledException stopped) {
      throw stopped;
    } catch (RuntimeException e) {
      log.warn("scan {} failed: {}", scanId, e.toString());
      scans.failed(scanId, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Marks a scan failed by an error the run could not handle (out of memory, a bug). */
  void failed(long scanId, Throwable cause) {
    log.error("scan {} failed", scanId, cause);
    scans.failed(scanId, "internal error: " + (cause == null ? "unknown" : cause.toString()));
  }

  private void runIncremental(ScanRecord scan, RepositoryRecord repository, Repository git, CommitPass pass, Listener listener,
      BooleanSupplier stopping) {
    ObjectId head = resolve(git, scan.branch());
    if (scan.baseSha() != null && head.name().equals(scan.baseSha())) {
      scans.start(scan.id(), head.name(), 0, worker);
      scans.done(scan.id(), java.util.List.of());
      return;
    }
    try (RevWalk walk = new RevWalk(git)) {
      int depth = 0;
      RevCommit commit = walk.parseCommit(head);
      RevCommit previous = null;
      while (commit != null && depth < INCREMENTAL_LIMIT && !commit.name().equals(scan.baseSha())) {
        depth++;
        previous = commit;
        commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
      }
      if (commit == null || depth >= INCREMENTAL_LIMIT || previous == null) {
        scans.failed(scan.id(), "the previous head " + scan.baseSha() + " is not an ancestor of "
            + scan.branch() + " within " + INCREMENTAL_LIMIT + " commits: run a new backfill");
        return;
      }
      scans.start(scan.id(), head.name(), depth + 1, worker);
      ScanResult result = pass.run(git, HistoryWindow.lastCommits(scan.branch(), depth + 1),
          listener, stopping);
      findings.recordIncremental(scan.repositoryId(), scan.id(), result.findings(),
          CommitInfo.of(previous));
      threatModels.refresh(repository, git, head.name());
      suggestOwners(repository, git, head);
      scans.done(scan.id(), result.skipped());
    } catch (IOException e) {
      scans.failed(scan.id(), "cannot read the history of " + scan.branch() + ": " + e.getMessage());
    }
  }

  /**
   * Suggests owners for the repository's findings from CODEOWNERS at {@code head}; a file that
   * cannot be read leaves the suggestions as they were (the scan's findings stand without them).
   */
  private void suggestOwners(RepositoryRecord repository, Repository git, ObjectId head) {
    try {
      CodeOwners owners = CodeOwners.at(git, head);
      int changed = findings.suggestOwners(repository.id(), owners::ownersOf);
      if (changed > 0 || !owners.problems().isEmpty()) {
        log.info("owners of repository {} from {}: {} paths changed; {}", repository.id(),
            owners.source().orElse("no CODEOWNERS"), changed, owners.problems());
      }
    } catch (IOException e) {
      log.warn("cannot read CODEOWNERS of repository {} at {}: {}", repository.id(), head.name(), e.toString());
    }
  }

  /** Returns the commit a branch points to now. */
  static ObjectId resolve(Repository git, String branch) {
    try {
      ObjectId id = git.resolve(org.eclipse.jgit.lib.Constants.R_HEADS + branch);
      if (id == null) id = git.resolve(branch);
      if (id == null) throw new dev.vigil.engine.git.ScanInputException("unknown branch '" + branch + "'");
      return id;
    } catch (IOException e) {
      throw new dev.vigil.engine.git.ScanInputException("cannot resolve " + branch + ": " + e.getMessage(), e);
    }
  }

  private static HistoryWindow window(ScanRecord scan) {
    if (scan.windowUntil() != null) {
      return HistoryWindow.between(scan.branch(), scan.windowSince(), scan.windowUntil());
    }
    return scan.windowSince() != null
        ? HistoryWindow.since(scan.branch(), scan.windowSince())
        : HistoryWindow.lastCommits(scan.branch(),
            scan.windowCommits() == null ? HistoryWindow.DEFAULT_COMMITS : scan.windowCommits());
  }

  /** Writes progress at most twice a second, every checkpoint, and the findings so far. */
  private final class Listener implements ScanListener {
    private final long scanId;
    private final long repositoryId;
    private final boolean backfill;
    private long lastWrite;

    Listener(ScanRecord scan) {
      this.scanId = scan.id();
      this.repositoryId = scan.repositoryId();
      this.backfill = ScanRecord.BACKFILL.equals(scan.kind());
    }

    /** Shows a backfill's findings as it goes; upserts by fingerprint, so nothing doubles. */
    @Override
    public void provisionalFindings(java.util.List<dev.vigil.engine.git.TrackedFinding> found) {
      if (backfill) findings.recordBackfill(repositoryId, scanId, found);
    }

    @Override
    public void progress(ScanProgress progress) {
      long now = System.nanoTime();
      if (now - lastWrite < 500_000_000L && progress.commitsDone() < progress.commitsTotal()) return;
      lastWrite = now;
      scans.progress(scanId, progress);
    }

    @Override
    public void checkpoint(ScanCheckpoint checkpoint) {
      scans.checkpoint(scanId, checkpoint);
    }
  }

}
