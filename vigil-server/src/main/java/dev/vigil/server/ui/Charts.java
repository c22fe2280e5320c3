package dev.vigil.server.ui;

import dev.vigil.server.store.FindingQuery;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a repository's two charts from its findings' spans, in daily or weekly buckets (several
 * weeks per bucket when the history is longer than half a year): open findings by severity over time, and
 * findings introduced versus fixed per bucket. Pure, so tests can pin it.
 */
public final class Charts {
  private static final int MAX_BUCKETS = 26;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Charts() {}

  /** Time buckets of a chart: their starts and their common length, in days or weeks. */
  record Buckets(List<Instant> starts, Duration step) {
    /** Returns "day", "week" or "N weeks". */
    String unit() {
      long days = step.toDays();
      return days == 1 ? "day" : days == 7 ? "week" : days / 7 + " weeks";
    }
  }

  /**
   * Returns the buckets from the first finding to the last event, or to {@code now} if the last
   * event is less than eight weeks old or {@code toNowIfOpen} and a finding is still open: days
   * for up to four weeks, else weeks, several per bucket beyond half a year; null if no spans.
   */
  static Buckets buckets(List<RepositoryFacts.Span> spans, Instant now, boolean toNowIfOpen) {
    Instant first = spans.stream().map(RepositoryFacts.Span::start).min(Instant::compareTo).orElse(null);
    if (first == null) return null;
    Instant last = spans.stream()
        .map(s -> s.fixed() != null && s.fixed().isAfter(s.start()) ? s.fixed() : s.start())
        .max(Instant::compareTo).orElse(first);
    boolean open = toNowIfOpen && spans.stream().anyMatch(span -> span.fixed() == null);
    if ((open || Duration.between(last, now).toDays() < 56) && now.isAfter(last)) last = now;
    LocalDate firstDay = first.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate lastDay = last.atZone(ZoneOffset.UTC).toLocalDate();
    List<Instant> starts = new ArrayList<>();
    if (Duration.between(firstDay.atStartOfDay(), lastDay.atStartOfDay()).toDays() < 28) {
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) starts.add(utc(day));
      return new Buckets(starts, Duration.ofDays(1));
    }
    LocalDate from = monday(first);
    LocalDate to = monday(last);
    long weeks = Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() / 7 + 1;
    long step = Math.max(1, (weeks + MAX_BUCKETS - 1) / MAX_BUCKETS);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusWeeks(step)) starts.add(utc(day));
    return new Buckets(starts, Duration.ofDays(7 * step));
  }

  private static Instant utc(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Returns the open findings of each severity at the end of every bucket. */
  public static Chart openBySeverity(List<RepositoryFacts.Span> spans, Instant now) {
    Buckets buckets = buckets(spans, now, true);
    if (buckets == null) return null;
    List<Instant> starts = buckets.starts();
    Instant[] ends = ends(buckets);
    List<String> severities = FindingQuery.SEVERITIES;
    long[][] open = new long[severities.size()][starts.size()];
    for (RepositoryFacts.Span span : spans) {
      int s = Math.max(0, severities.indexOf(span.severity()));
      for (int i = 0; i < ends.length; i++) {
        if (span.start().isBefore(ends[i]) && (span.fixed() == null || !span.fixed().isBefore(ends[i]))) {
          open[s][i] += span.count();
        }
      }
    }
    long max = 1;
    for (long[] row : open) for (long v : row) max = Math.max(max, v);
    long top = niceMax(max);
    List<Chart.Series> lines = new ArrayList<>();
    List<Chart.Legend> legend = new ArrayList<>();
    StringBuilder description = new StringBuilder("Open findings now: ");
    for (int s = 0; s < severities.size(); s++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < starts.size(); i++) {
        points.append(fmt(x(i, starts.size()))).append(',').append(fmt(y(open[s][i], top))).append(' ');
      }
      lines.add(new Chart.Series("s-" + severities.get(s), points.toString().trim()));
      legend.add(new Chart.Legend("s-" + severities.get(s), severities.get(s)));
      description.append(severities.get(s)).append(' ').append(open[s][starts.size() - 1])
          .append(s + 1 < severities.size() ? ", " : ".");
    }
    return new Chart("Open findings by severity", description.toString(), lines, List.of(),
        xTicks(starts), yTicks(top), legend);
  }

  /** Returns the findings introduced and fixed in every bucket, as pairs of bars. */
  public static Chart introducedVsFixed(List<RepositoryFacts.Span> spans, Instant now) {
    Buckets buckets = buckets(spans, now, false);
    if (buckets == null) return null;
    List<Instant> starts = buckets.starts();
    Instant[] ends = ends(buckets);
    long[] introduced = new long[starts.size()];
    long[] fixed = new long[starts.size()];
    for (RepositoryFacts.Span span : spans) {
      introduced[bucket(starts, ends, span.start())] += span.count();
      if (span.fixed() != null) fixed[bucket(starts, ends, span.fixed())] += span.count();
    }
    long max = 1;
    for (int i = 0; i < starts.size(); i++) max = Math.max(max, Math.max(introduced[i], fixed[i]));
    long top = niceMax(max);
    double group = (double) (Chart.RIGHT - Chart.LEFT) / starts.size();
    double width = Math.max(1, Math.min(group * 0.38, 28));
    List<Chart.Bar> bars = new ArrayList<>();
    long totalIn = 0;
    long totalFixed = 0;
    for (int i = 0; i < starts.size(); i++) {
      double x = Chart.LEFT + group * i + (group - 2 * width) / 2;
      String when = buckets.unit() + " of " + DAY.format(starts.get(i).atZone(ZoneOffset.UTC));
      bars.add(bar(x, width, introduced[i], top, "introduced", introduced[i] + " introduced, " + when));
      bars.add(bar(x + width, width, fixed[i], top, "fixed", fixed[i] + " fixed, " + when));
      totalIn += introduced[i];
      totalFixed += fixed[i];
    }
    return new Chart("Introduced vs fixed per " + buckets.unit(),
        totalIn + " findings introduced and " + totalFixed + " fixed since " + DAY.format(
            starts.get(0).atZone(ZoneOffset.UTC)) + ".",
        List.of(), bars, xTicks(starts), yTicks(top),
        List.of(new Chart.Legend("introduced", "introduced"), new Chart.Legend("fixed", "fixed")));
  }

  private static Chart.Bar bar(double x, double width, long value, long top, String css, String label) {
    double y = y(value, top);
    return new Chart.Bar(round(x), round(y), round(width), round(Chart.BOTTOM - y), css, label);
  }

  private static Instant[] ends(Buckets buckets) {
    return buckets.starts().stream().map(start -> start.plus(buckets.step())).toArray(Instant[]::new);
  }

  private static int bucket(List<Instant> starts, Instant[] ends, Instant at) {
    for (int i = 0; i < starts.size(); i++) if (at.isBefore(ends[i])) return i;
    return starts.size() - 1;
  }

  private static List<Chart.Tick> xTicks(List<Instant> starts) {
    List<Chart.Tick> ticks = new ArrayList<>();
    int n = starts.size();
    for (int i : n == 1 ? new int[] {0} : n == 2 ? new int[] {0, 1} : new int[] {0, n / 2, n - 1}) {
      String anchor = n == 1 ? "middle" : i == 0 ? "start" : i == n - 1 ? "end" : "middle";
      ticks.add(new Chart.Tick(round(x(i, n)), DAY.format(starts.get(i).atZone(ZoneOffset.UTC)), anchor));
    }
    return ticks;
  }

  private static List<Chart.Tick> yTicks(long top) {
    return List.of(new Chart.Tick(y(0, top), "0", "end"),
        new Chart.Tick(round(y(top / 2.0, top)), fmt(top / 2.0), "end"),
        new Chart.Tick(y(top, top), String.valueOf(top), "end"));
  }

  private static double x(int i, int n) {
    if (n == 1) return (Chart.LEFT + Chart.RIGHT) / 2.0;
    return Chart.LEFT + (Chart.RIGHT - Chart.LEFT) * (double) i / (n - 1);
  }

  private static double y(double value, long top) {
    return Chart.BOTTOM - (Chart.BOTTOM - Chart.TOP) * value / top;
  }

  private static long niceMax(long max) {
    if (max <= 4) return 4;
    long magnitude = (long) Math.pow(10, Math.floor(Math.log10(max)));
    for (long m : new long[] {1, 2, 5, 10}) if (m * magnitude >= max) return m * magnitude;
    return 10 * magnitude;
  }

  private static LocalDate monday(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String fmt(double value) {
    double r = round(value);
    return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
  }
}
