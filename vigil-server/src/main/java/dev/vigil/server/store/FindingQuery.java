package dev.vigil.server.store;

import dev.vigil.engine.analysis.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filtered, sorted page of findings. Filters are exact except {@code path} (a prefix) and
 * {@code commit} (a sha prefix of the introducing or fixing commit). {@code repositoryIds} limits the
 * query to what the user may see.
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
    String owner,
    String sort,
    int page,
    int size) {

  /** The sortable fields of the API and the columns behind them. */
  public static final Map<String, String> SORT_COLUMNS = Map.ofEntries(
      Map.entry("severity", "severity_rank"), Map.entry("status", "status"),
      Map.entry("cwe", "cwe"), Map.entry("rule", "rule_id"), Map.entry("ruleId", "rule_id"),
      Map.entry("path", "path"), Map.entry("line", "line"), Map.entry("commit", "introduced_at"),
      Map.entry("introduced", "introduced_at"), Map.entry("validated", "validated"),
      Map.entry("owner", "owner"), Map.entry("id", "id"),
      Map.entry("confidence", "CASE confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"));

  /** Sort columns that may be null; nulls sort as if greater than any value, on H2 as on PostgreSQL. */
  private static final java.util.Set<String> NULLABLE = java.util.Set.of("owner", "introduced_at");

  public static final int MAX_SIZE = 500;

  /** The severity labels a filter accepts, most severe first. */
  public static final List<String> SEVERITIES =
      Arrays.stream(Severity.values()).map(Severity::label).toList();

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
    String field = sort == null ? "severity" : sort.startsWith("-") ? sort.substring(1) : sort;
    if (!SORT_COLUMNS.containsKey(field)) {
      throw new FieldException("sort", "cannot sort on '" + field + "': expected one of "
          + String.join(", ", SORT_COLUMNS.keySet().stream().sorted().toList()));
    }
  }

  /**
   * Returns the ORDER BY clause; ties are broken by id so pages never overlap. Severity and
   * confidence sort by rank (most severe, most confident first); nulls come last ascending and
   * first descending on both databases (H2 would otherwise put them first ascending).
   */
  String orderBy() {
    String value = sort == null ? "severity" : sort;
    boolean descending = value.startsWith("-");
    String column = SORT_COLUMNS.get(descending ? value.substring(1) : value);
    String direction = descending ? " DESC" : " ASC";
    String nulls = !NULLABLE.contains(column) ? "" : descending ? " NULLS FIRST" : " NULLS LAST";
    return " ORDER BY " + column + direction + nulls + (column.equals("id") ? "" : ", id" + direction);
  }
}
