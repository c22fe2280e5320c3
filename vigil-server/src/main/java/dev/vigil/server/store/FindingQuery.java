package dev.vigil.server.store;

import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.validation.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filtered, sorted page of findings. Filters are exact except {@code path} (a prefix),
 * {@code commit} (a sha prefix of the introducing or fixing commit), {@code owner} (the assigned
 * owner, or one CODEOWNERS suggests when nobody is assigned) and {@code team} (one of the suggested
 * owners, whoever is assigned); {@code verdict} is that of the newest validation record, or
 * {@code none} for findings never validated. {@code repositoryIds} limits the query to what the
 * user may see.
 */
public record FindingQuery(
    List<Long> repositoryIds,
    String severity,
    String status,
    Integer cwe,
    String ruleId,
    String path,
    String commit,
    Boolean validated,
    String verdict,
    String owner,
    String team,
    String sort,
    int page,
    int size) {

  /** The sortable fields of the API and the columns behind them. */
  public static final Map<String, String> SORT_COLUMNS = Map.ofEntries(
      Map.entry("severity", "severity_rank"), Map.entry("status", "status"),
      Map.entry("cwe", "cwe"), Map.entry("rule", "rule_id"), Map.entry("ruleId", "rule_id"),
      Map.entry("path", "path"), Map.entry("line", "line"), Map.entry("commit", "introduced_at"),
      Map.entry("introduced", "introduced_at"), Map.entry("validated", "validated"),
      Map.entry("owner", "owner"), Map.entry("id", "id"), Map.entry("verdict", "verdict"),
      Map.entry("confidence", "confidence_rank"));

  /** The indexes (V1, V2) that serve a sort after equality filters: leading columns, sort column. */
  private static final List<List<String>> SORT_INDEXES = List.of(
      List.of("repository_id", "status", "severity_rank"), List.of("repository_id", "status", "path"),
      List.of("repository_id", "validated", "severity_rank"), List.of("repository_id", "verdict", "severity_rank"),
      List.of("repository_id", "severity_rank"),
      List.of("repository_id", "cwe"), List.of("repository_id", "rule_id"),
      List.of("repository_id", "path"), List.of("repository_id", "owner"),
      List.of("repository_id", "confidence_rank"));

  /** Sort columns holding a rank where 0 is the most (severe, confident): their order is inverted. */
  private static final java.util.Set<String> RANKED = java.util.Set.of("severity_rank", "confidence_rank");

  /** The sort of a query that names none: most severe first. */
  public static final String DEFAULT_SORT = "-severity";

  /** Sort columns that may be null; nulls sort as if greater than any value, on H2 as on PostgreSQL. */
  private static final java.util.Set<String> NULLABLE = java.util.Set.of("owner", "introduced_at", "verdict");

  public static final int MAX_SIZE = 500;

  /** The verdict filter's value for findings that have no validation record yet. */
  public static final String NO_VERDICT = "none";

  /** The severity labels a filter accepts, most severe first. */
  public static final List<String> SEVERITIES =
      Arrays.stream(Severity.values()).map(Severity::label).toList();

  /** Creates a query without a team filter. */
  public FindingQuery(List<Long> repositoryIds, String severity, String status, Integer cwe, String ruleId,
      String path, String commit, Boolean validated, String owner, String sort, int page, int size) {
    this(repositoryIds, severity, status, cwe, ruleId, path, commit, validated, null, owner, null, sort,
        page, size);
  }

  public FindingQuery {
    repositoryIds = List.copyOf(repositoryIds);
    if (page < 1) throw new FieldException("page", "page must be 1 or more");
    if (size < 1 || size > MAX_SIZE) {
      throw new FieldException("size", "size must be between 1 and " + MAX_SIZE);
    }
    if (severity != null) {
      severity = severity.trim().toLowerCase(Locale.ROOT);
      if (!SEVERITIES.contains(severity)) {
        throw new FieldException("severity", "unknown severity '" + severity + "': expected one of "
            + String.join(", ", SEVERITIES));
      }
    }
    if (status != null && !FindingRecord.STATUSES.contains(status)) {
      throw new FieldException("status", "unknown status '" + status + "': expected one of "
          + String.join(", ", FindingRecord.STATUSES));
    }
    if (verdict != null && !verdict.equals(NO_VERDICT) && !Verdict.labels().contains(verdict)) {
      throw new FieldException("verdict", "unknown verdict '" + verdict + "': expected one of "
          + String.join(", ", Verdict.labels()) + " or " + NO_VERDICT);
    }
    String field = sort == null ? DEFAULT_SORT.substring(1) : sort.startsWith("-") ? sort.substring(1) : sort;
    if (!SORT_COLUMNS.containsKey(field)) {
      throw new FieldException("sort", "cannot sort on '" + field + "': expected one of "
          + String.join(", ", SORT_COLUMNS.keySet().stream().sorted().toList()));
    }
  }

  /**
   * Returns the ORDER BY clause; ties are broken by id so pages never overlap. {@code -field} is
   * descending like every field: {@code -severity} most severe first, {@code -confidence} most
   * confident first (their rank columns, 0 = most, run ascending then); nulls come last ascending
   * and first descending on both databases (H2 would otherwise put them first ascending).
   */
  String orderBy() {
    String value = sort == null ? DEFAULT_SORT : sort;
    boolean descending = value.startsWith("-");
    String column = SORT_COLUMNS.get(descending ? value.substring(1) : value);
    String direction = descending != RANKED.contains(column) ? " DESC" : " ASC";
    String nulls = !NULLABLE.contains(column) ? "" : descending ? " NULLS FIRST" : " NULLS LAST";
    return " ORDER BY " + boundPrefix(column) + column + direction + nulls
        + (column.equals("id") ? "" : ", id" + direction);
  }

  /**
   * Returns the columns fixed by equality filters, as an ORDER BY prefix ("repository_id, status, "),
   * when they and the sort column are exactly an index's columns; else "". They are constant, so the
   * order is the same; H2 reads an index in order (and stops after the page) only when the ORDER BY
   * starts with the index's leading columns.
   */
  private String boundPrefix(String column) {
    java.util.Set<String> bound = new java.util.HashSet<>();
    if (repositoryIds.size() == 1) bound.add("repository_id");
    if (status != null) bound.add("status");
    if (severity != null) bound.add("severity_rank");
    if (cwe != null) bound.add("cwe");
    if (ruleId != null) bound.add("rule_id");
    if (validated != null) bound.add("validated");
    if (verdict != null && !verdict.equals(NO_VERDICT)) bound.add("verdict");
    for (List<String> index : SORT_INDEXES) {
      List<String> leading = index.subList(0, index.size() - 1);
      if (index.get(index.size() - 1).equals(column) && bound.equals(java.util.Set.copyOf(leading))
          && path == null && commit == null) {
        return String.join(", ", leading) + ", ";
      }
    }
    return "";
  }

  /** Returns the rank of the severity filter (0 = critical), or null without one. */
  Integer severityRank() {
    return severity == null ? null : SEVERITIES.indexOf(severity);
  }
}
