package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Health checks of environments, newest last; the newest of an environment is its health. */
public final class HealthCheckStore {
  private static final TypeReference<List<HealthStep>> STEPS = new TypeReference<>() {};
  private final Jdbi jdbi;

  public HealthCheckStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores a new queued check of an environment asked for by {@code username} and returns it. */
  public HealthCheckRecord queue(long environmentId, String username) {
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO environment_health_checks "
            + "(environment_id, state, steps, requested_by, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, environmentId).bind(1, HealthCheckRecord.QUEUED).bind(2, "[]").bind(3, username)
        .bind(4, Clock.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return find(id).orElseThrow();
  }

  /** Marks a check running at {@code commit}, forgetting the steps of an earlier attempt. */
  public void start(long id, String commit) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE environment_health_checks SET state = ?, commit_sha = ?, "
            + "steps = '[]', error = NULL, started_at = ?, finished_at = NULL WHERE id = ?")
        .bind(0, HealthCheckRecord.RUNNING).bind(1, commit).bind(2, Clock.now()).bind(3, id).execute());
  }

  /** Stores the steps finished so far. */
  public void steps(long id, List<HealthStep> steps) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE environment_health_checks SET steps = ? WHERE id = ?")
        .bind(0, Json.write(steps)).bind(1, id).execute());
  }

  /** Ends a check as {@code passed} or {@code failed}, with the reason when it failed outside a step. */
  public void finish(long id, String state, String error) {
    String reason = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    jdbi.useHandle(h -> h.createUpdate("UPDATE environment_health_checks SET state = ?, error = ?, "
            + "finished_at = ? WHERE id = ?")
        .bind(0, state).bind(1, reason).bind(2, Clock.now()).bind(3, id).execute());
  }

  /** Returns the check with {@code id}, if any. */
  public Optional<HealthCheckRecord> find(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM environment_health_checks WHERE id = ?")
        .bind(0, id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns the newest check of an environment, if one was ever asked for. */
  public Optional<HealthCheckRecord> newest(long environmentId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM environment_health_checks "
            + "WHERE environment_id = ? ORDER BY id DESC LIMIT 1")
        .bind(0, environmentId).map((rs, ctx) -> map(rs)).findOne());
  }

  /** Returns the newest check of each environment of a repository that has one, by environment id. */
  public Map<Long, HealthCheckRecord> newestOfRepository(long repositoryId) {
    Map<Long, HealthCheckRecord> newest = new LinkedHashMap<>();
    jdbi.withHandle(h -> h.createQuery("SELECT c.* FROM environment_health_checks c "
            + "JOIN environments e ON e.id = c.environment_id WHERE e.repository_id = ? "
            + "AND c.id = (SELECT MAX(id) FROM environment_health_checks WHERE environment_id = e.id)")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs)).list())
        .forEach(check -> newest.put(check.environmentId(), check));
    return newest;
  }

  private static HealthCheckRecord map(ResultSet rs) throws SQLException {
    String steps = rs.getString("steps");
    return new HealthCheckRecord(rs.getLong("id"), rs.getLong("environment_id"), rs.getString("state"),
        rs.getString("commit_sha"), rs.getString("error"),
        steps == null ? List.of() : Json.read(steps, STEPS), rs.getString("requested_by"),
        Rows.instant(rs, "created_at"), Rows.instant(rs, "started_at"), Rows.instant(rs, "finished_at"));
  }
}
