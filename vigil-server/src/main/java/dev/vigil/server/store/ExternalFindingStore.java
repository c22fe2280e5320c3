package dev.vigil.server.store;

import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.engine.report.ExternalFinding;
import dev.vigil.engine.report.SarifImport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports other tools' SARIF logs into a repository's findings, one transaction per log. A result
 * naming the same problem as one of Vigil's own findings (same path and CWE, within
 * {@link #NEAR} lines) is kept beside that finding as an external report instead of becoming a
 * duplicate; the others become findings of their {@code external:<tool>} rules, triaged like any.
 * Importing the same log again updates them and adds nothing.
 */
public final class ExternalFindingStore {
  /** How many lines apart two reports of the same path and CWE may be and still be one problem. */
  public static final int NEAR = 2;
  private final Jdbi jdbi;

  public ExternalFindingStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What an import did: the tools, findings added and updated, reports merged into Vigil's, results skipped. */
  public record Result(List<String> tools, int added, int updated, List<Merged> merged, List<String> skipped) {}

  /** An external result merged into Vigil's own finding {@code findingId}. */
  public record Merged(long findingId, String ruleId, String path, int line, String externalRuleId) {}

  private record Own(long id, String ruleId, String path, int line, int cwe) {}

  /** Reads the SARIF log in {@code in} and imports it into repository {@code repositoryId}. */
  public Result importLog(long repositoryId, InputStream in) {
    SarifImport.Imported imported = SarifImport.read(in);
    return jdbi.inTransaction(h -> {
      Map<String, List<Own>> own = ownByPath(h, repositoryId);
      Map<String, Long> known = FindingStore.knownIds(h, repositoryId);
      Set<String> seen = new HashSet<>();
      Set<String> tools = new LinkedHashSet<>();
      int added = 0;
      int updated = 0;
      List<Merged> merged = new ArrayList<>();
      for (ExternalFinding external : imported.findings()) {
        tools.add(external.tool());
        if (!seen.add(external.fingerprint())) continue;
        Own same = sameProblem(own.getOrDefault(external.finding().location().path(), List.of()), external);
        if (same != null) {
          report(h, same.id(), external);
          merged.add(new Merged(same.id(), same.ruleId(), same.path(), same.line(), external.finding().ruleId()));
          continue;
        }
        TrackedFinding tracked = new TrackedFinding(external.fingerprint(), external.finding(), null, null, true, 0, List.of());
        Long id = known.get(external.fingerprint());
        if (id == null) {
          FindingStore.insert(h, repositoryId, null, tracked);
          added++;
        } else {
          FindingStore.update(h, id, null, tracked, true);
          updated++;
        }
      }
      return new Result(List.copyOf(tools), added, updated, merged, imported.skipped());
    });
  }

  /** Returns the tools whose imported results were merged into finding {@code findingId}. */
  public List<String> reportedBy(long findingId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT tool FROM external_reports WHERE finding_id = ? ORDER BY tool")
        .bind(0, findingId).mapTo(String.class).list());
  }

  private static Map<String, List<Own>> ownByPath(Handle h, long repositoryId) {
    Map<String, List<Own>> byPath = new HashMap<>();
    h.createQuery("SELECT id, rule_id, path, line, cwe FROM findings WHERE repository_id = ? "
            + "AND rule_id NOT LIKE 'external:%' AND cwe > 0")
        .bind(0, repositoryId)
        .map((rs, ctx) -> new Own(rs.getLong("id"), rs.getString("rule_id"), rs.getString("path"),
            rs.getInt("line"), rs.getInt("cwe")))
        .forEach(own -> byPath.computeIfAbsent(own.path(), path -> new ArrayList<>()).add(own));
    return byPath;
  }

  private static Own sameProblem(List<Own> candidates, ExternalFinding external) {
    int cwe = external.finding().cwe();
    int line = external.finding().location().line();
    Own nearest = null;
    for (Own own : candidates) {
      if (cwe <= 0 || own.cwe() != cwe || Math.abs(own.line() - line) > NEAR) continue;
      if (nearest == null || Math.abs(own.line() - line) < Math.abs(nearest.line() - line)) nearest = own;
    }
    return nearest;
  }

  private static void report(Handle h, long findingId, ExternalFinding external) {
    h.createUpdate("DELETE FROM external_reports WHERE finding_id = ? AND fingerprint = ?")
        .bind(0, findingId).bind(1, external.fingerprint()).execute();
    h.createUpdate("INSERT INTO external_reports (finding_id, fingerprint, tool, rule_id, line, reported_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(0, findingId).bind(1, external.fingerprint()).bind(2, external.tool())
        .bind(3, external.finding().ruleId()).bind(4, external.finding().location().line()).bind(5, Clock.now())
        .execute();
  }
}
