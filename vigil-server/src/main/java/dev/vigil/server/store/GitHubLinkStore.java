package dev.vigil.server.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The GitHub links of connected repositories, one per repository. */
public final class GitHubLinkStore {
  private final Jdbi jdbi;

  public GitHubLinkStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Returns the link of a repository, if it has one. */
  public Optional<GitHubLink> find(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM github_links WHERE repository_id = ?")
        .bind(0, repositoryId)
        .map((rs, ctx) -> new GitHubLink(rs.getLong("repository_id"), rs.getString("api_base"),
            rs.getString("full_name"), rs.getBoolean("upload_sarif"), Rows.instant(rs, "last_upload_at"),
            (Long) rs.getObject("last_upload_scan", Long.class), rs.getString("last_upload_id"),
            rs.getString("last_upload_error")))
        .findOne());
  }

  /** Links a repository to {@code fullName} at {@code apiBase}, keeping the upload history. */
  public GitHubLink save(long repositoryId, String apiBase, String fullName, boolean uploadSarif) {
    GitHubLink.checkFullName(fullName);
    jdbi.useTransaction(h -> {
      int updated = h.createUpdate("UPDATE github_links SET api_base = ?, full_name = ?, upload_sarif = ? "
              + "WHERE repository_id = ?")
          .bind(0, apiBase).bind(1, fullName).bind(2, uploadSarif).bind(3, repositoryId).execute();
      if (updated == 0) {
        h.createUpdate("INSERT INTO github_links (repository_id, api_base, full_name, upload_sarif) VALUES (?, ?, ?, ?)")
            .bind(0, repositoryId).bind(1, apiBase).bind(2, fullName).bind(3, uploadSarif).execute();
      }
    });
    return find(repositoryId).orElseThrow();
  }

  /** Records an upload of scan {@code scanId}: GitHub's id, or the error that stopped it. */
  public void uploaded(long repositoryId, long scanId, Instant at, String uploadId, String error) {
    String line = error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
    jdbi.useHandle(h -> h.createUpdate("UPDATE github_links SET last_upload_at = ?, last_upload_scan = ?, "
            + "last_upload_id = ?, last_upload_error = ? WHERE repository_id = ?")
        .bind(0, at).bind(1, scanId).bind(2, uploadId).bind(3, line).bind(4, repositoryId).execute());
  }
}
