package dev.vigil.server.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.Sighting;
import dev.vigil.engine.git.TrackedFinding;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Findings of repositories, one row per fingerprint: scans upsert them (so a resumed or repeated
 * scan never duplicates one), people triage them, and the API lists them filtered and sorted.
 */
public final class FindingStore {
  private static final TypeReference<List<EvidenceStep>> EVIDENCE = new TypeReference<>() {};
  private static final TypeReference<List<Sighting>> SIGHTINGS = new TypeReference<>() {};
  /** The columns of a finding without evidence and sightings, for every list query. */
  static final String LIST_COLUMNS = "id, repository_id, fingerprint, rule_id, cwe, "
      + "severity, confidence, message, path, line, excerpt, introduced_sha, introduced_author, "
      + "introduced_at, introduced_message, fixed_sha, fixed_author, fixed_at, fixed_message, "
      + "present_at_head, commits_present, status, owner, deferred_until, validated, verdict, "
      + "first_seen_at, updated_at, suggested_owners";
  private final Jdbi jdbi;

  public FindingStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Stores what a backfill found, in one transaction: new fingerprints are inserted, known ones
   * updated (their commits are those of this history window).
   */
  public void recordBackfill(long repositoryId, long scanId, List<TrackedFinding> findings) {
    jdbi.useTransaction(h -> {
      Map<String, Long> known = knownIds(h, repositoryId);
      for (TrackedFinding finding : findings) {
        Long id = known.get(finding.fingerprint());
        if (id == null) insert(h, repositoryId, scanId, finding);
        else update(h, id, scanId, finding, true);
      }
    });
  }

  /**
   * Stores what an incremental scan found over the new commits (its window ends at the previous
   * head): known findings keep the commit that introduced them; findings present at the previous
   * head that the scan no longer saw anywhere are marked fixed by {@code firstNewCommit}.
   */
  public void recordIncremental(long repositoryId, long scanId, List<TrackedFinding> findings,
      CommitInfo firstNewCommit) {
    jdbi.useTransaction(h -> {
      Map<String, Long> known = knownIds(h, repositoryId);
      Set<String> seen = findings.stream().map(TrackedFinding::fingerprint).collect(Collectors.toSet());
      for (TrackedFinding finding : findings) {
        Long id = known.get(finding.fingerprint());
        if (id == null) insert(h, repositoryId, scanId, finding);
        else update(h, id, scanId, finding, false);
      }
      // Findings imported from other tools are not Vigil's to close: its analyzers never report them.
      List<Long> vanished = h.createQuery("SELECT id, fingerprint FROM findings "
              + "WHERE repository_id = ? AND present_at_head = TRUE AND rule_id NOT LIKE 'external:%'")
          .bind(0, repositoryId)
          .map((rs, ctx) -> seen.contains(rs.getString("fingerprint")) ? null : rs.getLong("id"))
          .list().stream().filter(java.util.Objects::nonNull).toList();
      for (long id : vanished) {
        h.createUpdate("UPDATE findings SET present_at_head = FALSE, fixed_sha = ?, fixed_author = ?, "
                + "fixed_at = ?, fixed_message = ?, status = CASE WHEN status = 'open' THEN 'fixed' "
                + "ELSE status END, updated_at = ?, last_scan_id = ? WHERE id = ?")
            .bind(0, firstNewCommit.sha()).bind(1, firstNewCommit.author())
            .bind(2, firstNewCommit.date()).bind(3, clip(firstNewCommit.message()))
            .bind(4, Clock.now()).bind(5, scanId).bind(6, id).execute();
      }
    });
  }

  /**
   * Returns a page of findings and the total number matching the query. The page is chosen on ids
   * alone first (which an index can answer without reading rows, even for deep pages), then only
   * its rows are read.
   */
  public Page list(FindingQuery query) {
    if (query.repositoryIds().isEmpty()) return new Page(List.of(), 0);
    ListSql sql = ListSql.of(query);
    return jdbi.withHandle(h -> {
      long total = sql.bindCount(h.createQuery(sql.count())).mapTo(Long.class).one();
      List<FindingRecord> items = sql.bindPage(h.createQuery(sql.page()))
          .map((rs, ctx) -> map(rs, false)).list();
      return new Page(items, total);
    });
  }

  /** Returns the database's plans of the count and the page of a list query (for benchmarks). */
  public String explain(FindingQuery query) {
    if (query.repositoryIds().isEmpty()) return "";
    ListSql sql = ListSql.of(query);
    return jdbi.withHandle(h -> String.join("\n",
        sql.bindCount(h.createQuery("EXPLAIN ANALYZE " + sql.count())).mapTo(String.class).list())
        + "\n" + String.join("\n",
        sql.bindPage(h.createQuery("EXPLAIN ANALYZE " + sql.page())).mapTo(String.class).list()));
  }

  /** The SQL of a list query: its WHERE clause and the values to bind. */
  private record ListSql(FindingQuery query, String where, Map<String, Object> binds) {
    static ListSql of(FindingQuery query) {
      StringBuilder where = new StringBuilder(query.repositoryIds().size() == 1
          ? " WHERE repository_id = :repo" : " WHERE repository_id IN (<repos>)");
      Map<String, Object> binds = new HashMap<>();
      if (query.repositoryIds().size() == 1) binds.put("repo", query.repositoryIds().get(0));
      filter(where, binds, "severity", "severity_rank = :severity", query.severityRank());
      filter(where, binds, "status", "status = :status", query.status());
      filter(where, binds, "cwe", "cwe = :cwe", query.cwe());
      filter(where, binds, "rule", "rule_id = :rule", query.ruleId());
      filter(where, binds, "path", "path LIKE :path", query.path() == null ? null : likePrefix(query.path()));
      commitFilter(where, binds, query.commit());
      filter(where, binds, "validated", "validated = :validated", query.validated());
      verdictFilter(where, binds, query.verdict());
      filter(where, binds, "owner", "(owner = :owner OR (owner IS NULL AND " + SuggestedOwners.HAS
          + " :owner_like))", query.owner());
      if (query.owner() != null) binds.put("owner_like", SuggestedOwners.like(query.owner()));
      filter(where, binds, "team", SuggestedOwners.HAS + " :team",
          query.team() == null ? null : SuggestedOwners.like(query.team()));
      return new ListSql(query, where.toString(), binds);
    }

    String count() {
      return "SELECT COUNT(*) FROM findings" + where;
    }

    String page() {
      return "SELECT " + LIST_COLUMNS + " FROM findings WHERE id IN (SELECT id FROM findings" + where
          + query.orderBy() + " LIMIT :limit OFFSET :offset)" + query.orderBy();
    }

    Query bindCount(Query statement) {
      if (query.repositoryIds().size() > 1) statement.bindList("repos", query.repositoryIds());
      binds.forEach(statement::bind);
      return statement;
    }

    Query bindPage(Query statement) {
      return bindCount(statement).bind("limit", query.size())
          .bind("offset", (long) (query.page() - 1) * query.size());
    }
  }

  /** One page of a list and the number of all matches. */
  public record Page(List<FindingRecord> items, long total) {}

  /** Returns a finding with its evidence and sightings, if it exists. */
  public Optional<FindingRecord> find(long id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + LIST_COLUMNS
            + ", evidence, sightings FROM findings WHERE id = ?")
        .bind(0, id).map((rs, ctx) -> map(rs, true)).findOne());
  }

  /** Returns every finding of a repository with its evidence and sightings (for validation). */
  public List<FindingRecord> withEvidence(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + LIST_COLUMNS
            + ", evidence, sightings FROM findings WHERE repository_id = ? ORDER BY id")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs, true)).list());
  }

  /** Returns the open findings of a repository present at its head (for ranking). */
  public List<FindingRecord> openAtHead(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + LIST_COLUMNS + " FROM findings "
            + "WHERE repository_id = ? AND present_at_head = TRUE AND status IN ('open', 'accepted') "
            + "ORDER BY severity_rank, id")
        .bind(0, repositoryId).map((rs, ctx) -> map(rs, false)).list());
  }

  /** Returns the findings of a repository in one triage state, e.g. rejected ones. */
  public List<FindingRecord> withStatus(long repositoryId, String status) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + LIST_COLUMNS + " FROM findings "
            + "WHERE repository_id = ? AND status = ? ORDER BY id")
        .bind(0, repositoryId).bind(1, status).map((rs, ctx) -> map(rs, false)).list());
  }

  /** Sets the triage state of a finding. */
  public void triage(long id, String status, String owner, LocalDate deferredUntil) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE findings SET status = ?, owner = ?, deferred_until = ?, "
            + "updated_at = ? WHERE id = ?")
        .bind(0, status).bind(1, owner).bind(2, deferredUntil).bind(3, Clock.now()).bind(4, id)
        .execute());
  }

  /**
   * Sets the suggested owners of a repository's findings from {@code ownersOf} (the owners of a
   * path), one update per path whose suggestion changed; returns the number of paths changed.
   */
  public int suggestOwners(long repositoryId, Function<String, List<String>> ownersOf) {
    return jdbi.inTransaction(h -> {
      Map<String, Set<String>> current = new HashMap<>();
      h.createQuery("SELECT DISTINCT path, suggested_owners FROM findings WHERE repository_id = ?")
          .bind(0, repositoryId)
          .map((rs, ctx) -> Map.entry(rs.getString("path"), String.valueOf(rs.getString("suggested_owners"))))
          .forEach(row -> current.computeIfAbsent(row.getKey(), path -> new java.util.HashSet<>()).add(row.getValue()));
      int changed = 0;
      for (Map.Entry<String, Set<String>> path : current.entrySet()) {
        String next = SuggestedOwners.join(ownersOf.apply(path.getKey()));
        if (path.getValue().equals(Set.of(String.valueOf(next)))) continue;
        h.createUpdate("UPDATE findings SET suggested_owners = ? WHERE repository_id = ? AND path = ?")
            .bind(0, next).bind(1, repositoryId).bind(2, path.getKey()).execute();
        changed++;
      }
      return changed;
    });
  }

  /** Returns the number of findings of a repository (all states). */
  public long count(long repositoryId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM findings WHERE repository_id = ?")
        .bind(0, repositoryId).mapTo(Long.class).one());
  }

  private static void filter(StringBuilder where, Map<String, Object> binds, String name,
      String clause, Object value) {
    if (value == null) return;
    where.append(" AND ").append(clause);
    binds.put(name, value);
  }

  /**
   * Adds the commit filter: a sha prefix of the introducing or fixing commit. Shas are lower-case
   * hex, so a hex prefix is also a range of values, which an index on each column answers on both
   * databases (LIKE alone uses no index on PostgreSQL outside the C collation).
   */
  private static void commitFilter(StringBuilder where, Map<String, Object> binds, String commit) {
    if (commit == null) return;
    String prefix = commit.trim().toLowerCase(java.util.Locale.ROOT);
    binds.put("commit", likePrefix(prefix));
    if (!prefix.matches("[0-9a-f]{1,64}")) {
      where.append(" AND (introduced_sha LIKE :commit OR fixed_sha LIKE :commit)");
      return;
    }
    binds.put("commit_from", prefix);
    binds.put("commit_to", prefix.substring(0, prefix.length() - 1)
        + (char) (prefix.charAt(prefix.length() - 1) + (prefix.endsWith("9") ? 40 : 1)));
    where.append(" AND id IN (SELECT id FROM findings WHERE introduced_sha >= :commit_from "
        + "AND introduced_sha < :commit_to AND introduced_sha LIKE :commit UNION SELECT id FROM "
        + "findings WHERE fixed_sha >= :commit_from AND fixed_sha < :commit_to AND fixed_sha LIKE :commit)");
  }

  /** Adds the verdict filter: one verdict, or {@code none} for findings never validated. */
  private static void verdictFilter(StringBuilder where, Map<String, Object> binds, String verdict) {
    if (verdict == null) return;
    if (verdict.equals(FindingQuery.NO_VERDICT)) {
      where.append(" AND verdict IS NULL");
    } else {
      filter(where, binds, "verdict", "verdict = :verdict", verdict);
    }
  }

  private static String likePrefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** Returns the ids of a repository's findings by fingerprint. */
  static Map<String, Long> knownIds(Handle h, long repositoryId) {
    Map<String, Long> ids = new HashMap<>();
    h.createQuery("SELECT id, fingerprint FROM findings WHERE repository_id = ?").bind(0, repositoryId)
        .map((rs, ctx) -> Map.entry(rs.getString("fingerprint"), rs.getLong("id")))
        .forEach(e -> ids.put(e.getKey(), e.getValue()));
    return ids;
  }

  /** Inserts a finding of a repository ({@code scanId} null when no scan found it). */
  static void insert(Handle h, long repositoryId, Long scanId, TrackedFinding tracked) {
    Finding f = tracked.finding();
    Instant now = Clock.now();
    CommitInfo in = tracked.introducedIn();
    CommitInfo out = tracked.fixedIn();
    h.createUpdate("INSERT INTO findings (repository_id, fingerprint, rule_id, cwe, severity, "
            + "severity_rank, confidence, confidence_rank, message, path, line, excerpt, evidence, introduced_sha, "
            + "introduced_author, introduced_at, introduced_message, fixed_sha, fixed_author, "
            + "fixed_at, fixed_message, present_at_head, commits_present, sightings, status, "
            + "validated, last_scan_id, first_seen_at, updated_at) VALUES (:repo, :fp, :rule, :cwe, "
            + ":sev, :rank, :conf, :crank, :msg, :path, :line, :excerpt, :evidence, :in_sha, :in_author, "
            + ":in_at, :in_msg, :out_sha, :out_author, :out_at, :out_msg, :present, :commits, "
            + ":sightings, :status, FALSE, :scan, :now, :now)")
        .bind("repo", repositoryId).bind("fp", tracked.fingerprint()).bind("rule", f.ruleId())
        .bind("cwe", f.cwe()).bind("sev", f.severity().label()).bind("rank", f.severity().ordinal())
        .bind("conf", f.confidence().label()).bind("crank", f.confidence().ordinal())
        .bind("msg", clip(f.message()))
        .bind("path", f.location().path()).bind("line", f.location().line())
        .bind("excerpt", clip(f.excerpt())).bind("evidence", Json.write(f.evidence()))
        .bind("in_sha", in == null ? null : in.sha()).bind("in_author", in == null ? null : in.author())
        .bind("in_at", in == null ? null : in.date()).bind("in_msg", in == null ? null : clip(in.message()))
        .bind("out_sha", out == null ? null : out.sha()).bind("out_author", out == null ? null : out.author())
        .bind("out_at", out == null ? null : out.date()).bind("out_msg", out == null ? null : clip(out.message()))
        .bind("present", tracked.presentAtHead()).bind("commits", tracked.commitsPresent())
        .bind("sightings", Json.write(tracked.sightings()))
        .bind("status", tracked.presentAtHead() ? "open" : "fixed")
        .bind("scan", scanId).bind("now", now).execute();
  }

  /** Updates finding {@code id} with what was found again; its triage state is kept. */
  static void update(Handle h, long id, Long scanId, TrackedFinding tracked,
      boolean replaceIntroduced) {
    Finding f = tracked.finding();
    CommitInfo in = tracked.introducedIn();
    CommitInfo out = tracked.fixedIn();
    String introduced = replaceIntroduced
        ? "introduced_sha = :in_sha, introduced_author = :in_author, introduced_at = :in_at, "
            + "introduced_message = :in_msg, "
        : "";
    h.createUpdate("UPDATE findings SET rule_id = :rule, cwe = :cwe, severity = :sev, "
            + "severity_rank = :rank, confidence = :conf, confidence_rank = :crank, message = :msg, "
            + "path = :path, line = :line, "
            + "excerpt = :excerpt, evidence = :evidence, " + introduced
            + "fixed_sha = :out_sha, fixed_author = :out_author, fixed_at = :out_at, "
            + "fixed_message = :out_msg, present_at_head = :present, commits_present = :commits, "
            + "sightings = :sightings, last_scan_id = :scan, updated_at = :now, "
            + "status = CASE WHEN CAST(:present AS BOOLEAN) AND status = 'fixed' THEN 'open' "
            + "WHEN NOT CAST(:present AS BOOLEAN) AND status = 'open' THEN 'fixed' ELSE status END WHERE id = :id")
        .bind("rule", f.ruleId()).bind("cwe", f.cwe()).bind("sev", f.severity().label())
        .bind("rank", f.severity().ordinal()).bind("conf", f.confidence().label())
        .bind("crank", f.confidence().ordinal())
        .bind("msg", clip(f.message())).bind("path", f.location().path())
        .bind("line", f.location().line()).bind("excerpt", clip(f.excerpt()))
        .bind("evidence", Json.write(f.evidence()))
        .bind("in_sha", in == null ? null : in.sha()).bind("in_author", in == null ? null : in.author())
        .bind("in_at", in == null ? null : in.date()).bind("in_msg", in == null ? null : clip(in.message()))
        .bind("out_sha", out == null ? null : out.sha()).bind("out_author", out == null ? null : out.author())
        .bind("out_at", out == null ? null : out.date()).bind("out_msg", out == null ? null : clip(out.message()))
        .bind("present", tracked.presentAtHead()).bind("commits", tracked.commitsPresent())
        .bind("sightings", Json.write(tracked.sightings())).bind("scan", scanId)
        .bind("now", Clock.now()).bind("id", id).execute();
  }

  /** Returns the finding of a row of {@link #LIST_COLUMNS} (and evidence and sightings when {@code detail}). */
  static FindingRecord map(ResultSet rs, boolean detail) throws SQLException {
    return new FindingRecord(rs.getLong("id"), rs.getLong("repository_id"), rs.getString("fingerprint"),
        rs.getString("rule_id"), rs.getInt("cwe"), rs.getString("severity"),
        rs.getString("confidence"), rs.getString("message"), rs.getString("path"),
        rs.getInt("line"), rs.getString("excerpt"), commit(rs, "introduced"), commit(rs, "fixed"),
        rs.getBoolean("present_at_head"), rs.getInt("commits_present"), rs.getString("status"),
        rs.getString("owner"), rs.getObject("deferred_until", LocalDate.class),
        rs.getBoolean("validated"), rs.getString("verdict"), Rows.instant(rs, "first_seen_at"),
        Rows.instant(rs, "updated_at"),
        detail ? Json.read(rs.getString("evidence"), EVIDENCE) : List.of(),
        detail ? Json.read(rs.getString("sightings"), SIGHTINGS) : List.of(),
        SuggestedOwners.split(rs.getString("suggested_owners")));
  }

  private static CommitInfo commit(ResultSet rs, String prefix) throws SQLException {
    String sha = rs.getString(prefix + "_sha");
    if (sha == null) return null;
    return new CommitInfo(sha, rs.getString(prefix + "_author"), Rows.instant(rs, prefix + "_at"),
        rs.getString(prefix + "_message"));
  }

  private static String clip(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + "…";
  }

}
