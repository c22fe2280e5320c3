package dev.vigil.server.ui;

import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.FindingQuery;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the findings table as it stands in the URL, so a view can be shared: filters, sort
 * and page, kept as typed. Builds the store's query and the links that change one part of it.
 */
public record FindingFilters(String repositoryId, String severity, String status, String cwe,
    String rule, String path, String commit, String validated, String verdict, String owner, String team,
    String sort, int page, int size) {
  /** Page sizes offered. */
  public static final List<Integer> SIZES = List.of(25, 50, 100);

  /** Reads the filters from the query string; a bad page or size falls back to the default. */
  static FindingFilters from(Context ctx) {
    return new FindingFilters(param(ctx, "repositoryId"), param(ctx, "severity"), param(ctx, "status"),
        param(ctx, "cwe"), param(ctx, "rule"), param(ctx, "path"), param(ctx, "commit"),
        param(ctx, "validated"), param(ctx, "verdict"), param(ctx, "owner"), param(ctx, "team"),
        param(ctx, "sort"),
        number(ctx.queryParam("page"), 1, 1, 1_000_000), number(ctx.queryParam("size"), 50, 1, 100));
  }

  /** Returns the store's query over {@code repositoryIds}; throws naming a filter that is wrong. */
  FindingQuery query(List<Long> repositoryIds) {
    Integer cweNumber = null;
    if (cwe != null) {
      try {
        cweNumber = Integer.parseInt(cwe.replaceFirst("(?i)^CWE-", "").trim());
      } catch (NumberFormatException e) {
        throw new FieldException("cwe", "CWE must be a number such as 79 or CWE-79, not '" + cwe + "'");
      }
    }
    Boolean isValidated = validated == null ? null : switch (validated) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new FieldException("validated", "validated must be yes or no");
    };
    return new FindingQuery(repositoryIds, severity, status, cweNumber, rule, path, commit, isValidated,
        verdict, owner, team, sort == null ? FindingQuery.DEFAULT_SORT : sort, page, size);
  }

  /** Returns true if any filter is set. */
  public boolean filtered() {
    return severity != null || status != null || cwe != null || rule != null || path != null
        || commit != null || validated != null || verdict != null || owner != null || team != null;
  }

  /** Returns the URL of page {@code number} of this view. */
  public String pageUrl(int number) {
    return url(sort, number);
  }

  /**
   * Returns the URL sorting on {@code field}: the other direction if the view is sorted on it, else
   * ascending, except severity and confidence, which start with the most severe, most confident.
   */
  public String sortUrl(String field) {
    String current = sort == null ? FindingQuery.DEFAULT_SORT : sort;
    if (current.equals(field)) return url("-" + field, 1);
    if (current.equals("-" + field)) return url(field, 1);
    boolean mostFirst = field.equals("severity") || field.equals("confidence");
    return url(mostFirst ? "-" + field : field, 1);
  }

  /** Returns {@code ascending} or {@code descending} if the view is sorted on {@code field}, else null. */
  public String sortState(String field) {
    String current = sort == null ? FindingQuery.DEFAULT_SORT : sort;
    if (current.equals(field)) return "ascending";
    if (current.equals("-" + field)) return "descending";
    return null;
  }

  /** Returns an arrow for the sort state of {@code field}. */
  public String sortMark(String field) {
    String state = sortState(field);
    return state == null ? "" : state.equals("ascending") ? " ▲" : " ▼";
  }

  private String url(String sortValue, int pageNumber) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("repositoryId", repositoryId);
    params.put("severity", severity);
    params.put("status", status);
    params.put("cwe", cwe);
    params.put("rule", rule);
    params.put("path", path);
    params.put("commit", commit);
    params.put("validated", validated);
    params.put("verdict", verdict);
    params.put("owner", owner);
    params.put("team", team);
    params.put("sort", sortValue);
    params.put("page", pageNumber == 1 ? null : String.valueOf(pageNumber));
    params.put("size", size == 50 ? null : String.valueOf(size));
    StringBuilder url = new StringBuilder("/findings");
    char separator = '?';
    for (var entry : params.entrySet()) {
      if (entry.getValue() == null) continue;
      url.append(separator).append(entry.getKey()).append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return url.toString();
  }

  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static int number(String text, int fallback, int min, int max) {
    try {
      int value = Integer.parseInt(text == null ? "" : text.trim());
      return value < min || value > max ? fallback : value;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
