package dev.vigil.engine.analysis.java.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-category true-positive rate, false-positive rate and TPR - FPR over case results, in
 * percent, with the overall false-positive rate over every safe case.
 */
final class QualityTable {
  private final Map<String, Row> rows;

  private QualityTable(Map<String, Row> rows) {
    this.rows = rows;
  }

  /** Returns the table of the given results, one row per category in order of appearance. */
  static QualityTable of(List<CaseResult> results) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (CaseResult result : results) {
      String category = result.corpusCase().category();
      Row row = rows.getOrDefault(category, new Row(category, 0, 0, 0, 0));
      rows.put(category, row.plus(result));
    }
    return new QualityTable(rows);
  }

  /** Returns the rows in order of appearance. */
  List<Row> rows() {
    return List.copyOf(rows.values());
  }

  /** Returns the share of safe cases that were flagged, over every category, in percent. */
  double overallFalsePositiveRate() {
    int safe = rows.values().stream().mapToInt(Row::safe).sum();
    int flagged = rows.values().stream().mapToInt(Row::falsePositives).sum();
    return percent(flagged, safe);
  }

  /** Returns the table as text, one category a line, with the overall false-positive rate. */
  String render() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-22s %5s %5s %6s %6s %8s", "category", "vuln", "safe",
        "TPR%", "FPR%", "TPR-FPR"));
    for (Row row : rows.values()) {
      lines.add(String.format(Locale.ROOT, "%-22s %5d %5d %6.1f %6.1f %8.1f", row.category(),
          row.vulnerable(), row.safe(), row.truePositiveRate(), row.falsePositiveRate(),
          row.score()));
    }
    lines.add(String.format(Locale.ROOT, "overall FPR: %.1f%%", overallFalsePositiveRate()));
    return String.join("\n", lines);
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** The counts of one category. */
  record Row(String category, int vulnerable, int safe, int truePositives, int falsePositives) {
    Row plus(CaseResult result) {
      boolean vulnerableCase = result.corpusCase().vulnerable();
      return new Row(category,
          vulnerable + (vulnerableCase ? 1 : 0),
          safe + (vulnerableCase ? 0 : 1),
          truePositives + (vulnerableCase && result.flagged() ? 1 : 0),
          falsePositives + (!vulnerableCase && result.flagged() ? 1 : 0));
    }

    /** Returns the share of vulnerable cases flagged, in percent. */
    double truePositiveRate() {
      return percent(truePositives, vulnerable);
    }

    /** Returns the share of safe cases flagged, in percent. */
    double falsePositiveRate() {
      return percent(falsePositives, safe);
    }

    /** Returns TPR - FPR in percentage points. */
    double score() {
      return truePositiveRate() - falsePositiveRate();
    }
  }
}
