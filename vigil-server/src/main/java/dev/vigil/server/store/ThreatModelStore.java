package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Threat model versions of repositories (the inferred draft and every human edit, each with author,
 * time and the commit it describes) and whether a repository's model needs review.
 */
public final class ThreatModelStore {
  private static final TypeReference<List<String>> CHANGES = new TypeReference<>() {};
  private final Jdbi jdbi;

  public ThreatModelStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One version of a repository's model. {@code inferredYaml} is what inference said at its commit. */
  public record Version(long repositoryId, int version, String yaml, String author, String commitSha,
      String inferredYaml, Instant createdAt) {}

  /** Whether a model needs review, and the architecture changes that made it so. */
  public record Status(boolean needsReview, List<String> changes, String checkedSha, Instant checkedAt) {}

  /** Stores a new version, numbered after the latest, and clears "needs review". */
  public Version add(long repositoryId, String yaml, String author, String commitSha, String inferredYaml) {
    jdbi.useTransaction(h -> {
      int next = h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM threat_model_versions WHERE repository_id = ?")
          .bind(0, repositoryId).mapTo(Integer.class).one();
      h.createUpdate("INSERT INTO threat_model_versions (repository_id, version, yaml, author, commit_sha, "
              + "inferred_yaml, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .bind(0, repositoryId).bind(1, next).bind(2, yaml).bind(3, author).bind(4, commitSha)
          .bind(5, inferredYaml).bind(6, Clock.now()).execute();
      h.createUpdate("DELETE FROM threat_model_status WHERE repository_id = ?").bind(0, repositoryId).execute();
    });
    return latest(repositoryId).orElseThrow();
  }

  /** Returns the newest version, if the repository has a model. */
  public Optional<Version> latest(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE repository_id = ? ORDER BY version DESC LIMIT 1")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns one version. */
  public Optional<Version> version(long repositoryId, int version) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE repository_id = ? AND version = ?")
        .bind(0, repositoryId).bind(1, version).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns every version, oldest first. */
  public List<Version> versions(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE repository_id = ? ORDER BY version")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs)).list());
  }

  /** Records the outcome of comparing the model's commit with a newer one. */
  public void status(long repositoryId, boolean needsReview, List<String> changes, String checkedSha) {
    jdbi.useTransaction(h -> {
      h.createUpdate("DELETE FROM threat_model_status WHERE repository_id = ?").bind(0, repositoryId).execute();
      h.createUpdate("INSERT INTO threat_model_status (repository_id, needs_review, changes, checked_sha, checked_at) "
              + "VALUES (?, ?, ?, ?, ?)")
          .bind(0, repositoryId).bind(1, needsReview).bind(2, Json.write(changes)).bind(3, checkedSha)
          .bind(4, Clock.now()).execute();
    });
  }

  /** Returns the review status, if a newer commit was compared since the latest version. */
  public Optional<Status> status(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM threat_model_status WHERE repository_id = ?")
        .bind(0, repositoryId)
        .map((rs, ctx) -> new Status(rs.getBoolean("needs_review"), Json.read(rs.getString("changes"), CHANGES),
            rs.getString("checked_sha"), Rows.instant(rs, "checked_at")))
        .findOne());
  }

  private static final String SELECT = "SELECT repository_id, version, yaml, author, commit_sha, inferred_yaml, "
      + "created_at FROM threat_model_versions";

  private static Version map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Version(rs.getLong("repository_id"), rs.getInt("version"), rs.getString("yaml"),
        rs.getString("author"), rs.getString("commit_sha"), rs.getString("inferred_yaml"),
        Rows.instant(rs, "created_at"));
  }
}
