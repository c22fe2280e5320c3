package dev.vigil.server.store;

import dev.vigil.engine.analysis.deps.Advisory;
import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The offline advisory database in Vigil's store: OSV advisories by id; a re-import replaces the
 * records whose {@code modified} time changed. Shared by every process on the database.
 */
public final class AdvisoryStore {
  private final Jdbi jdbi;

  public AdvisoryStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What an import did. */
  public record ImportResult(int added, int updated, int unchanged) {}

  /** Stores the advisories in one transaction; returns how many were new, changed or the same. */
  public ImportResult importAll(Collection<Advisory> advisories) {
    return jdbi.inTransaction(h -> {
      Map<String, String> known = new HashMap<>();
      h.createQuery("SELECT id, modified FROM advisories")
          .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("modified")))
          .forEach(e -> known.put(e.getKey(), e.getValue()));
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      for (Advisory advisory : advisories) {
        String modified = known.get(advisory.id());
        if (advisory.modified().equals(modified)) {
          unchanged++;
          continue;
        }
        String sql = modified == null
            ? "INSERT INTO advisories (record, modified, imported_at, id) VALUES (?, ?, ?, ?)"
            : "UPDATE advisories SET record = ?, modified = ?, imported_at = ? WHERE id = ?";
        h.createUpdate(sql).bind(0, Json.write(advisory)).bind(1, advisory.modified())
            .bind(2, Clock.now()).bind(3, advisory.id()).execute();
        if (modified == null) added++; else updated++;
      }
      return new ImportResult(added, updated, unchanged);
    });
  }

  /**
   * Returns true if no advisory was in the store at {@code at}, so a scan started then ran without
   * dependency analysis (an advisory updated since counts as imported at its update).
   */
  public boolean noneAt(java.time.Instant at) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM advisories WHERE imported_at <= ?")
        .bind(0, at).mapTo(Long.class).one()) == 0;
  }

  /** Returns a digest that changes whenever the stored advisories do. */
  public String version() {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) AS n, MAX(imported_at) AS last FROM advisories")
        .map((rs, ctx) -> rs.getLong("n") + "@" + Rows.instant(rs, "last")).one());
  }

  /** Returns the stored advisories as a database, or empty when none were imported. */
  public Optional<AdvisoryDatabase> load() {
    List<Advisory> advisories = jdbi.withHandle(h -> h.createQuery("SELECT record FROM advisories ORDER BY id")
        .map((rs, ctx) -> Json.read(rs.getString("record"), Advisory.class)).list());
    return advisories.isEmpty() ? Optional.empty() : Optional.of(AdvisoryDatabase.of(advisories));
  }
}
