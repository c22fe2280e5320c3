package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What approved patches were published as: the fix branch and commit, and on GitHub the pull request
 * with its state ({@link #PUSHED} when there is only the branch, then open, merged or closed).
 */
public final class PullRequestStore {
  /** The branch is pushed; no pull request was opened (no GitHub token). */
  public static final String PUSHED = "pushed";
  public static final String OPEN = "open";
  public static final String MERGED = "merged";
  public static final String CLOSED = "closed";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final Jdbi jdbi;

  public PullRequestStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * A published fix: its finding and patch, branch and commit, state, the GitHub repository
   * ({@code owner/name}), number and address of its pull request (null without one), the merge
   * commit once merged, the reviewers requested, a note on what did not work (null if all did),
   * and who opened it.
   */
  public record PullRequestRecord(long id, long findingId, long patchId, String branch, String commit, String state,
      String githubRepository, Integer number, String url, String mergeSha, List<String> reviewers, String note,
      String openedBy, Instant createdAt, Instant updatedAt) {
    public PullRequestRecord {
      Objects.requireNonNull(branch, "branch == null");
      Objects.requireNonNull(state, "state == null");
      reviewers = List.copyOf(reviewers);
    }
  }

  /** What a new record holds besides its id and times. */
  public record Published(long findingId, long patchId, String branch, String commit, String state,
      String githubRepository, Integer number, String url, List<String> reviewers, String note, String openedBy) {}

  /** Stores a published fix; returns its record. */
  public PullRequestRecord create(Published fix, Instant at) {
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO pull_requests (finding_id, patch_id, branch, "
            + "commit_sha, state, github_repository, number, url, reviewers, note, opened_by, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, fix.findingId()).bind(1, fix.patchId()).bind(2, fix.branch()).bind(3, fix.commit())
        .bind(4, fix.state()).bind(5, fix.githubRepository()).bind(6, fix.number()).bind(7, fix.url())
        .bind(8, Json.write(fix.reviewers())).bind(9, PatchStore.clip(fix.note())).bind(10, fix.openedBy()).bind(11, at)
        .bind(12, at)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return find(id).orElseThrow();
  }

  /**
   * Records the pull request opened on GitHub for a pushed branch: its repository, number and
   * address, the reviewers requested and a note on what did not work; the state becomes open.
   */
  public PullRequestRecord opened(long id, String githubRepository, int number, String url, List<String> reviewers,
      String note, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE pull_requests SET state = ?, github_repository = ?, number = ?, url = ?, "
            + "reviewers = ?, note = ?, updated_at = ? WHERE id = ?")
        .bind(0, OPEN).bind(1, githubRepository).bind(2, number).bind(3, url).bind(4, Json.write(reviewers))
        .bind(5, PatchStore.clip(note)).bind(6, at).bind(7, id).execute());
    return find(id).orElseThrow();
  }

  /** Records why the pull request of a pushed branch could not be opened (null clears it). */
  public void failed(long id, String note, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE pull_requests SET note = ?, updated_at = ? WHERE id = ?")
        .bind(0, PatchStore.clip(note)).bind(1, at).bind(2, id).execute());
  }

  /** Sets the state of a pull request (and its merge commit once merged); returns true if it changed. */
  public boolean updateState(long id, String state, String mergeSha, Instant at) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE pull_requests SET state = ?, merge_sha = ?, updated_at = ? "
            + "WHERE id = ? AND (state <> ? OR merge_sha IS DISTINCT FROM ?)")
        .bind(0, state).bind(1, mergeSha).bind(2, at).bind(3, id).bind(4, state).bind(5, mergeSha)
        .execute()) > 0;
  }

  /** Returns the record with {@code id}, if any. */
  public Optional<PullRequestRecord> find(long id) {
    return one("WHERE id = ?", id);
  }

  /** Returns the finding's newest published fix, if any. */
  public Optional<PullRequestRecord> latest(long findingId) {
    return one("WHERE finding_id = ? ORDER BY created_at DESC, id DESC", findingId);
  }

  /** Returns the pull request {@code number} of the GitHub repository {@code owner/name}, if Vigil opened it. */
  public Optional<PullRequestRecord> onGitHub(String repository, int number) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pull_requests WHERE LOWER(github_repository) = ? "
            + "AND number = ? ORDER BY id DESC")
        .bind(0, repository.toLowerCase(java.util.Locale.ROOT)).bind(1, number).setMaxRows(1)
        .map((rs, ctx) -> map(rs)).findFirst());
  }

  /** Returns the open pull requests on GitHub, oldest first, for polling their state. */
  public List<PullRequestRecord> openOnGitHub() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pull_requests WHERE state = ? "
            + "AND github_repository IS NOT NULL AND number IS NOT NULL ORDER BY id")
        .bind(0, OPEN).map((rs, ctx) -> map(rs)).list());
  }

  private Optional<PullRequestRecord> one(String where, long key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pull_requests " + where).bind(0, key)
        .setMaxRows(1).map((rs, ctx) -> map(rs)).findFirst());
  }

  private static PullRequestRecord map(ResultSet rs) throws SQLException {
    return new PullRequestRecord(rs.getLong("id"), rs.getLong("finding_id"), rs.getLong("patch_id"),
        rs.getString("branch"), rs.getString("commit_sha"), rs.getString("state"), rs.getString("github_repository"),
        rs.getObject("number", Integer.class), rs.getString("url"), rs.getString("merge_sha"),
        Json.read(rs.getString("reviewers"), STRINGS), rs.getString("note"), rs.getString("opened_by"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
  }
}
