package dev.vigil.server.store;

import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.auth.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Connected repositories; credentials are sealed with the {@link SecretBox}. */
public final class RepositoryStore {
  private final Jdbi jdbi;
  private final SecretBox box;

  public RepositoryStore(Jdbi jdbi, SecretBox box) {
    this.jdbi = jdbi;
    this.box = box;
  }

  /** Stores a new repository and returns it. */
  public RepositoryRecord create(String name, String url, String credential, String pathScope,
      String defaultBranch, User by) {
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO repositories "
            + "(name, url, credential, path_scope, default_branch, created_by, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(0, name).bind(1, url).bind(2, box.seal(credential)).bind(3, pathScope)
        .bind(4, defaultBranch).bind(5, by.id()).bind(6, Clock.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return find(id).orElseThrow();
  }

  /** Returns the repository with {@code id}, if any. */
  public Optional<RepositoryRecord> find(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM repositories WHERE id = ?")
        .bind(0, id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns the decrypted credential of a repository, or null; only the scanner calls this. */
  public String credential(long id) {
    String sealed = jdbi.withHandle(h -> h.createQuery("SELECT credential FROM repositories WHERE id = ?")
        .bind(0, id).mapTo(String.class).findOne().orElse(null));
    return box.open(sealed);
  }

  /** Returns the repositories {@code user} may see. */
  public List<RepositoryRecord> visibleTo(User user) {
    return jdbi.withHandle(h -> user.isAdmin()
        ? h.createQuery("SELECT * FROM repositories ORDER BY name, id").map((rs, ctx) -> map(rs)).list()
        : h.createQuery("SELECT r.* FROM repositories r JOIN repository_grants g ON g.repository_id = r.id "
                + "WHERE g.user_id = ? ORDER BY r.name, r.id")
            .bind(0, user.id()).map((rs, ctx) -> map(rs)).list());
  }

  /** Returns every repository (for the poller). */
  public List<RepositoryRecord> all() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM repositories ORDER BY id")
        .map((rs, ctx) -> map(rs)).list());
  }

  private static RepositoryRecord map(ResultSet rs) throws SQLException {
    return new RepositoryRecord(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
        rs.getString("credential") != null, rs.getString("path_scope"),
        rs.getString("default_branch"),
        Rows.instant(rs, "created_at"));
  }
}
