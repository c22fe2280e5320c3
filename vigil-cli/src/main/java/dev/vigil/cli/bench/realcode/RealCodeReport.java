package dev.vigil.cli.bench.realcode;

import dev.vigil.cli.bench.realrepo.MainCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints the real-code figures: per project and in total, findings per 10k lines of main code and
 * the judged sample's precision by analyzer group; then what needs judging and what was lost.
 */
public final class RealCodeReport {
  private static final String ROW = "  %-14s %8s %8s %8s %5s %6s %7s %10s%n";

  private final PrintWriter out;

  /** Creates a report printed to {@code out}. */
  public RealCodeReport(PrintWriter out) {
    this.out = out;
  }

  /** Prints the definition of main code and the seed, once before the projects. */
  public void header(long seed) {
    out.println("vigil bench realcode: " + MainCode.DEFINITION + "; sample seed " + seed);
  }

  /** Prints one project's figures and its findings that need judgement, moved or were lost. */
  public void project(CaseMeasurement m) {
    RealCodeCase c = m.realCase();
    out.printf(Locale.ROOT, "%n== %s: %s @ %s (%s)%n", c.name(), c.repository(),
        c.commit().substring(0, 12), c.kind());
    out.printf(Locale.ROOT, "main code %,d lines; %,d findings, %.1f per 10k lines; %d sampled%n",
        m.mainLines(), m.findings().size(), MainCode.per10k(m.findings().size(), m.mainLines()), m.sample().size());
    table(List.of(m));
    if (!m.needsJudgement().isEmpty()) {
      out.printf("needs judgement (%d): add them to %s.yaml%n", m.needsJudgement().size(), c.name());
      for (ScannedFinding f : m.needsJudgement()) {
        out.printf("  %s %s %s %s%n", f.fingerprint(), f.ruleId(), f.location(), oneLine(f.message()));
      }
    }
    if (!m.moved().isEmpty()) {
      out.printf("MOVED (%d): reported elsewhere than judged; check the verdict, then its path and line%n",
          m.moved().size());
      for (ScannedFinding f : m.moved()) {
        Judgement j = c.judgement(f.fingerprint());
        out.printf("  %s %s %s:%d -> %s (%s)%n", f.fingerprint(), f.ruleId(), j.path(), j.line(),
            f.location(), j.verdict());
      }
    }
    if (!m.lost().isEmpty()) {
      out.printf("LOST (%d): judged REAL, no longer reported (counts against recall)%n", m.lost().size());
      for (Judgement j : m.lost()) {
        out.printf("  %s %s %s:%d %s%n", j.fingerprint(), j.ruleId(), j.path(), j.line(), j.reason());
      }
    }
  }

  /** Prints the figures of all projects together. */
  public void total(List<CaseMeasurement> all) {
    long lines = all.stream().mapToLong(CaseMeasurement::mainLines).sum();
    int findings = all.stream().mapToInt(m -> m.findings().size()).sum();
    out.printf(Locale.ROOT, "%n== total: %d projects%n", all.size());
    out.printf(Locale.ROOT, "main code %,d lines; %,d findings, %.1f per 10k lines; %d sampled; "
            + "%d need judgement; %d lost%n", lines, findings, MainCode.per10k(findings, lines),
        all.stream().mapToInt(m -> m.sample().size()).sum(),
        all.stream().mapToInt(m -> m.needsJudgement().size()).sum(),
        all.stream().mapToInt(m -> m.lost().size()).sum());
    table(all);
  }

  /** Prints the per-group table over {@code measurements} taken together. */
  private void table(List<CaseMeasurement> measurements) {
    long lines = measurements.stream().mapToLong(CaseMeasurement::mainLines).sum();
    out.printf(ROW, "analyzer", "findings", "per 10k", "sampled", "REAL", "FALSE", "UNSURE", "precision");
    for (AnalyzerGroup group : AnalyzerGroup.values()) {
      int count = measurements.stream().mapToInt(m -> m.findingsByGroup().getOrDefault(group, 0)).sum();
      if (count > 0) row(group.label(), measurements, group, count, lines);
    }
    row("all", measurements, null,
        measurements.stream().mapToInt(m -> m.findings().size()).sum(), lines);
  }

  private void row(String label, List<CaseMeasurement> measurements, AnalyzerGroup group, int count,
      long lines) {
    Tally tally = measurements.stream().map(m -> m.tally(group)).reduce(Tally.EMPTY, Tally::plus);
    long sampled = measurements.stream().flatMap(m -> m.sample().stream())
        .filter(f -> group == null || f.group() == group).count();
    String precision = tally.precision().isPresent()
        ? String.format(Locale.ROOT, "%.0f%%", 100 * tally.precision().getAsDouble()) : "n/a";
    out.printf(ROW, label, count, String.format(Locale.ROOT, "%.1f", MainCode.per10k(count, lines)), sampled,
        tally.real(), tally.falsePositives(), tally.unsure(), precision);
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
  }
}
