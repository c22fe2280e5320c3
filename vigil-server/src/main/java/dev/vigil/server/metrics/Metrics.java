package dev.vigil.server.metrics;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Vigil's metrics in the Prometheus text format (version 0.0.4): the installation's scans,
 * commits, queue, findings and verdicts from the database, and this process's HTTP latencies.
 * Served at {@code /metrics} to an admin's token, or to the separate metrics token when one is set.
 */
public final class Metrics {
  /** The media type of the exposition. */
  public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private final InstallationGauges gauges;
  private final LatencyHistogram http = new LatencyHistogram();
  private final AnalyzerTimes analyzers = new AnalyzerTimes();
  private final byte[] token;

  /** Creates the metrics of the database {@code jdbi}; {@code token} (null or blank = none) grants scrapes alone. */
  public Metrics(Jdbi jdbi, String token) {
    this.gauges = new InstallationGauges(jdbi);
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the HTTP latency histogram the server records into. */
  public LatencyHistogram http() {
    return http;
  }

  /** Returns the analyzer times the scans of this process record into. */
  public AnalyzerTimes analyzers() {
    return analyzers;
  }

  /** Returns true if {@code bearer} is the metrics token (compared in constant time). */
  public boolean isMetricsToken(String bearer) {
    return token != null && bearer != null && MessageDigest.isEqual(token, bearer.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns every metric as Prometheus text. */
  public String scrape() {
    StringBuilder out = new StringBuilder();
    family(out, "vigil_scans", "gauge", "Scans by state.", List.of("state"), gauges.scansByState());
    out.append("# HELP vigil_commits_analysed_total Commits analysed by all scans.\n")
        .append("# TYPE vigil_commits_analysed_total counter\n")
        .append("vigil_commits_analysed_total ").append(gauges.commitsAnalysed()).append('\n');
    family(out, "vigil_queue_depth", "gauge", "Background tasks due and not yet picked, by task.", List.of("task"),
        gauges.queueDepth());
    family(out, "vigil_findings", "gauge", "Findings by triage state and severity.", List.of("state", "severity"),
        gauges.findings());
    family(out, "vigil_validation_verdicts", "gauge", "Findings by the verdict of their newest validation.",
        List.of("verdict"), gauges.verdicts());
    out.append("# HELP vigil_analyzer_seconds_total Time this process's scans spent in each analyzer.\n")
        .append("# TYPE vigil_analyzer_seconds_total counter\n");
    analyzers.seconds().forEach((id, seconds) -> out.append("vigil_analyzer_seconds_total")
        .append(labels(List.of("analyzer"), List.of(id))).append(' ')
        .append(String.format(Locale.ROOT, "%.6f", seconds)).append('\n'));
    histogram(out);
    return out.toString();
  }

  private static void family(StringBuilder out, String name, String type, String help, List<String> labels,
      Map<List<String>, Long> values) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    values.forEach((key, value) -> out.append(name).append(labels(labels, key)).append(' ').append(value).append('\n'));
  }

  private void histogram(StringBuilder out) {
    String name = "vigil_http_request_duration_seconds";
    out.append("# HELP ").append(name).append(" HTTP request durations of this process, by method and route.\n");
    out.append("# TYPE ").append(name).append(" histogram\n");
    new java.util.TreeMap<>(http.series()).forEach((key, series) -> {
      int space = key.indexOf(' ');
      List<String> names = List.of("method", "route");
      List<String> values = List.of(key.substring(0, space), key.substring(space + 1));
      for (int i = 0; i < LatencyHistogram.BUCKETS.length; i++) {
        out.append(name).append("_bucket").append(labels(names, values, "le", le(LatencyHistogram.BUCKETS[i])))
            .append(' ').append(series.buckets[i].sum()).append('\n');
      }
      out.append(name).append("_bucket").append(labels(names, values, "le", "+Inf")).append(' ')
          .append(series.count.sum()).append('\n');
      out.append(name).append("_sum").append(labels(names, values)).append(' ')
          .append(String.format(Locale.ROOT, "%.6f", series.sumNanos.get() / 1e9)).append('\n');
      out.append(name).append("_count").append(labels(names, values)).append(' ').append(series.count.sum()).append('\n');
    });
  }

  private static String le(double bound) {
    return bound == Math.rint(bound) ? String.valueOf((long) bound) + ".0" : String.valueOf(bound);
  }

  private static String labels(List<String> names, List<String> values, String... extra) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) out.append(',');
      out.append(names.get(i)).append("=\"").append(escape(values.get(i))).append('"');
    }
    for (int i = 0; i + 1 < extra.length; i += 2) {
      out.append(out.length() > 1 ? "," : "").append(extra[i]).append("=\"").append(escape(extra[i + 1])).append('"');
    }
    return out.append('}').toString();
  }

  private static String escape(String value) {
    return String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
