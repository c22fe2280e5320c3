package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.server.auth.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Environments of repositories. Each secret value is sealed with the {@link SecretBox} and stored
 * under its name; every read for display returns the names only.
 */
public final class EnvironmentStore {
  private static final TypeReference<TreeMap<String, String>> SEALED = new TypeReference<>() {};
  private static final String UNIQUE_VIOLATION = "23505";
  private final Jdbi jdbi;
  private final SecretBox box;

  public EnvironmentStore(Jdbi jdbi, SecretBox box) {
    this.jdbi = jdbi;
    this.box = box;
  }

  /** Stores a new environment of a repository and returns it; a name taken there is a field error. */
  public EnvironmentRecord create(long repositoryId, EnvironmentDraft draft) {
    Instant now = Clock.now();
    long id = unique(draft.name(), () -> jdbi.withHandle(h -> h.createUpdate("INSERT INTO environments "
            + "(repository_id, name, default_branch, setup_script, build_command, test_command, secrets, "
            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(0, repositoryId).bind(1, draft.name()).bind(2, draft.defaultBranch())
        .bind(3, draft.setupScript()).bind(4, draft.buildCommand()).bind(5, draft.testCommand())
        .bind(6, Json.write(apply(new TreeMap<>(), draft.secrets()))).bind(7, now).bind(8, now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    return find(id).orElseThrow();
  }

  /**
   * Replaces the fields of environment {@code id} with the draft's and applies its secret changes
   * (absent secrets are kept); returns the environment, or empty if it does not exist.
   */
  public Optional<EnvironmentRecord> update(long id, EnvironmentDraft draft) {
    boolean found = unique(draft.name(), () -> jdbi.inTransaction(h -> {
      Optional<String> stored = h.createQuery("SELECT secrets FROM environments WHERE id = ? FOR UPDATE")
          .bind(0, id).mapTo(String.class).findOne();
      if (stored.isEmpty()) return false;
      h.createUpdate("UPDATE environments SET name = ?, default_branch = ?, setup_script = ?, "
              + "build_command = ?, test_command = ?, secrets = ?, updated_at = ? WHERE id = ?")
          .bind(0, draft.name()).bind(1, draft.defaultBranch()).bind(2, draft.setupScript())
          .bind(3, draft.buildCommand()).bind(4, draft.testCommand())
          .bind(5, Json.write(apply(sealed(stored.get()), draft.secrets()))).bind(6, Clock.now())
          .bind(7, id).execute();
      return true;
    }));
    return found ? find(id) : Optional.empty();
  }

  /** Returns the environment with {@code id}, if any. */
  public Optional<EnvironmentRecord> find(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM environments WHERE id = ?")
        .bind(0, id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns the environments of a repository by name. */
  public List<EnvironmentRecord> forRepository(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT * FROM environments WHERE repository_id = ? ORDER BY name, id")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs)).list());
  }

  /** Returns the decrypted secrets of an environment by name; only the setup phase calls this. */
  public Map<String, String> secrets(long id) {
    Map<String, String> plain = new TreeMap<>();
    jdbi.withHandle(h -> h.createQuery("SELECT secrets FROM environments WHERE id = ?")
        .bind(0, id).mapTo(String.class).findOne())
        .ifPresent(json -> sealed(json).forEach((name, value) -> plain.put(name, box.open(value))));
    return plain;
  }

  private TreeMap<String, String> apply(TreeMap<String, String> sealed, Map<String, String> changes) {
    if (changes != null) {
      changes.forEach((name, value) -> {
        if (value == null) sealed.remove(name);
        else sealed.put(name, box.seal(value));
      });
    }
    return sealed;
  }

  private static TreeMap<String, String> sealed(String json) {
    return json == null ? new TreeMap<>() : Json.read(json, SEALED);
  }

  private static <T> T unique(String name, Supplier<T> write) {
    try {
      return write.get();
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        throw new FieldException("name", "an environment named '" + name + "' already exists in this repository");
      }
      throw e;
    }
  }

  private static EnvironmentRecord map(ResultSet rs) throws SQLException {
    return new EnvironmentRecord(rs.getLong("id"), rs.getLong("repository_id"), rs.getString("name"),
        rs.getString("default_branch"), rs.getString("setup_script"), rs.getString("build_command"),
        rs.getString("test_command"), List.copyOf(sealed(rs.getString("secrets")).keySet()),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
  }
}
