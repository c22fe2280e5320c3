package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.git.ScanCheckpoint;
import dev.vigil.engine.git.ScanProgress;
import dev.vigil.engine.git.SkippedFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Scans, their progress, their checkpoint (to resume after a crash) and their skipped files. */
public final class ScanStore {
  private static final TypeReference<List<SkippedFile>> SKIPPED = new TypeReference<>() {};
  private final Jdbi jdbi;

  public ScanStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores a queued scan and returns it; {@code windowUntil} (may be null) ends a date range. */
  public ScanRecord create(long repositoryId, Long environmentId, String branch, String kind,
      Integer windowCommits, Instant windowSince, Instant windowUntil, String baseSha, Long createdBy) {
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO scans (repository_id, environment_id, "
            + "branch, kind, window_commits, window_since, window_until, state, base_sha, created_by, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, repositoryId).bind(1, environmentId).bind(2, branch).bind(3, kind)
        .bind(4, windowCommits).bind(5, windowSince).bind(6, windowUntil).bind(7, ScanRecord.QUEUED)
        .bind(8, baseSha).bind(9, createdBy).bind(10, Clock.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return find(id).orElseThrow();
  }

  /** Returns the scan with {@code id}, if any. */
  public Optional<ScanRecord> find(long id) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = ?").bind(0, id)
        .map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns the scans of a repository, newest first. */
  public List<ScanRecord> forRepository(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE repository_id = ? ORDER BY id DESC")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs)).list());
  }

  /** Returns the newest finished scan of a branch, if any (the base of an incremental scan). */
  public Optional<ScanRecord> lastDone(long repositoryId, String branch) {
    return jdbi.withHandle(h -> h.createQuery(SELECT
            + " WHERE repository_id = ? AND branch = ? AND state = 'done' ORDER BY id DESC LIMIT 1")
        .bind(0, repositoryId).bind(1, branch).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns true if a scan of the branch is queued or running. */
  public boolean hasActive(long repositoryId, String branch) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scans WHERE repository_id = ? "
            + "AND branch = ? AND state IN ('queued', 'running')")
        .bind(0, repositoryId).bind(1, branch).mapTo(Integer.class).one()) > 0;
  }

  /** Sets the commit the scan's findings are of (a date range ends before the branch tip). */
  public void head(long id, String headSha) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET head_sha = ? WHERE id = ?").bind(0, headSha).bind(1, id)
        .execute());
  }

  /** Marks the scan running from {@code headSha} in process {@code worker}; counts the attempt. */
  public void start(long id, String headSha, int commitsTotal, String worker) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET state = 'running', head_sha = ?, "
            + "commits_total = ?, attempts = attempts + 1, error = NULL, worker = ?, "
            + "started_at = COALESCE(started_at, ?) WHERE id = ?")
        .bind(0, headSha).bind(1, commitsTotal).bind(2, worker).bind(3, Clock.now()).bind(4, id)
        .execute());
  }

  /** Records that the scan resumed from a checkpoint after {@code commitsDone} commits. */
  public void resumed(long id, int commitsDone) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET resumed_from = ? WHERE id = ?")
        .bind(0, commitsDone).bind(1, id).execute());
  }

  /** Returns how many times a scan was started and by which process last (for operators). */
  public Attempts attempts(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT attempts, worker, resumed_from FROM scans WHERE id = ?")
        .bind(0, id).map((rs, ctx) -> new Attempts(rs.getInt("attempts"), rs.getString("worker"),
            rs.getObject("resumed_from", Integer.class)))
        .one());
  }

  /**
   * How many times a scan was started, the process that started it last, and the commit count it
   * last resumed from (null if it never resumed).
   */
  public record Attempts(int count, String worker, Integer resumedFrom) {}

  /** Records progress. */
  public void progress(long id, ScanProgress progress) {
    var eta = progress.eta();
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET commits_done = ?, commits_total = ?, "
            + "blobs_analysed = ?, cache_hits = ?, rate = ?, eta_seconds = ? WHERE id = ?")
        .bind(0, progress.commitsDone()).bind(1, progress.commitsTotal())
        .bind(2, progress.blobsAnalysed()).bind(3, progress.cacheHits())
        .bind(4, progress.commitsPerSecond()).bind(5, eta == null ? null : eta.toSeconds())
        .bind(6, id).execute());
  }

  /** Stores the checkpoint to resume from. */
  public void checkpoint(long id, ScanCheckpoint checkpoint) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET checkpoint = ? WHERE id = ?")
        .bind(0, Json.write(checkpoint)).bind(1, id).execute());
  }

  /** Returns the stored checkpoint of a scan, if any. */
  public Optional<ScanCheckpoint> loadCheckpoint(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT checkpoint FROM scans WHERE id = ?")
        .bind(0, id).mapTo(String.class).findOne())
        .map(json -> Json.read(json, ScanCheckpoint.class));
  }

  /** Marks the scan done with its skipped files; the checkpoint is no longer needed. */
  public void done(long id, List<SkippedFile> skipped) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET state = 'done', checkpoint = NULL, "
            + "skipped = ?, finished_at = ?, eta_seconds = 0, commits_done = commits_total WHERE id = ?")
        .bind(0, Json.write(skipped)).bind(1, Clock.now()).bind(2, id).execute());
  }

  /** Marks the scan failed with a one-line reason. */
  public void failed(long id, String error) {
    String line = error == null ? "failed" : error.lines().findFirst().orElse("failed");
    jdbi.useHandle(h -> h.createUpdate("UPDATE scans SET state = 'failed', error = ?, finished_at = ? "
            + "WHERE id = ?")
        .bind(0, line.substring(0, Math.min(2000, line.length()))).bind(1, Clock.now())
        .bind(2, id).execute());
  }

  /** Returns the files a finished scan could not analyse. */
  public List<SkippedFile> skipped(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT skipped FROM scans WHERE id = ?")
        .bind(0, id).mapTo(String.class).findOne())
        .map(json -> Json.read(json, SKIPPED)).orElse(List.of());
  }

  private static final String SELECT = "SELECT id, repository_id, environment_id, branch, kind, "
      + "window_commits, window_since, state, head_sha, base_sha, commits_done, commits_total, "
      + "blobs_analysed, cache_hits, rate, eta_seconds, error, skipped, created_at, started_at, "
      + "finished_at, window_until FROM scans";

  private static ScanRecord map(ResultSet rs) throws SQLException {
    String skipped = rs.getString("skipped");
    return new ScanRecord(rs.getLong("id"), rs.getLong("repository_id"),
        (Long) rs.getObject("environment_id", Long.class), rs.getString("branch"),
        rs.getString("kind"), rs.getObject("window_commits", Integer.class),
        Rows.instant(rs, "window_since"), rs.getString("state"), rs.getString("head_sha"),
        rs.getString("base_sha"), rs.getInt("commits_done"), rs.getInt("commits_total"),
        rs.getLong("blobs_analysed"), rs.getLong("cache_hits"), rs.getDouble("rate"),
        rs.getObject("eta_seconds", Long.class), rs.getString("error"),
        skipped == null ? 0 : Json.read(skipped, SKIPPED).size(),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "started_at"), Rows.instant(rs, "finished_at"),
        Rows.instant(rs, "window_until"));
  }
}
