package dev.vigil.cli.bench.realworld;

import dev.vigil.cli.bench.realrepo.MainCode;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.engine.git.TrackedFinding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints the real-world recall figures: each case with its status and the findings behind it,
 * then found, seen and missed per CWE, then findings per 10k lines on each repository's newest tree.
 */
public final class RealWorldReport {
  private static final String CWE_ROW = "  %-8s %5s %5s %5s %6s %7s%n";
  private static final String DENSITY_ROW = "  %-40s %-12s %10s %8s %7s%n";
  private static final int CLOSED_SHOWN = 3;

  private final PrintWriter out;

  /** Creates a report printed to {@code out}. */
  public RealWorldReport(PrintWriter out) {
    this.out = out;
  }

  /** Prints what is counted, once before the cases. */
  public void header(int windowCommits) {
    out.printf(Locale.ROOT, "vigil bench realworld: a window of %d first-parent commits ending at each"
        + " fix commit; FOUND = a finding of the case's CWE whose own location is in a patched file"
        + " names the fix commit as fixed-in; SEEN = such a finding, not closed by the fix%n", windowCommits);
  }

  /** Prints one case: its status line, then the findings and problems behind it. */
  public void outcome(CaseOutcome o) {
    RealWorldCase c = o.realCase();
    out.printf(Locale.ROOT, "%-6s %s CWE-%d %s@%s %s (%d commits)%n", o.status(), c.id(), c.cwe(),
        c.repository(), c.fix().substring(0, 12), c.advisory(), o.commitsScanned());
    for (TrackedFinding f : o.matches()) {
      out.printf("         %s %s:%d %s%n", f.finding().ruleId(), f.finding().location().path(),
          f.finding().location().line(), fate(f));
    }
    if (!o.closedElsewhere().isEmpty()) {
      out.printf("         the fix closed %d other finding(s): %s%n", o.closedElsewhere().size(),
          o.closedElsewhere().stream().limit(CLOSED_SHOWN).map(f -> f.finding().ruleId() + " (CWE-"
              + f.finding().cwe() + ") " + f.finding().location().path() + ":" + f.finding().location().line())
              .collect(Collectors.joining(", ")));
    }
    for (SkippedFile s : o.skipped()) {
      out.printf("         not analysed: %s at %s (%s) %s%n", s.path(), shortSha(s.commitSha()),
          s.reason().description(), s.detail());
    }
    if (!o.filesNotChanged().isEmpty()) {
      out.printf("         BROKEN CASE: the fix does not change %s%n", String.join(", ", o.filesNotChanged()));
    }
  }

  /** Prints found, seen and missed per CWE and in total. */
  public void perCwe(List<CaseOutcome> outcomes) {
    out.printf("%n== per CWE%n");
    out.printf(CWE_ROW, "CWE", "cases", "FOUND", "SEEN", "MISSED", "found");
    Map<Integer, List<CaseOutcome>> byCwe = outcomes.stream().collect(Collectors.groupingBy(
        o -> o.realCase().cwe(), TreeMap::new, Collectors.toList()));
    byCwe.forEach((cwe, list) -> cweRow("CWE-" + cwe, list));
    cweRow("all", outcomes);
  }

  /** Prints findings per 10k lines of main code on each repository's newest tree, and in total. */
  public void density(List<HeadDensity> heads) {
    out.printf("%n== findings on the newest tree of each repository (%s)%n", MainCode.DEFINITION);
    out.printf(DENSITY_ROW, "repository", "commit", "main lines", "findings", "per 10k");
    for (HeadDensity h : heads) {
      out.printf(DENSITY_ROW, h.repository(), shortSha(h.commit()), String.format(Locale.ROOT, "%,d", h.mainLines()),
          h.findings(), String.format(Locale.ROOT, "%.1f", MainCode.per10k(h.findings(), h.mainLines())));
    }
    long lines = heads.stream().mapToLong(HeadDensity::mainLines).sum();
    int findings = heads.stream().mapToInt(HeadDensity::findings).sum();
    out.printf(DENSITY_ROW, "total", "", String.format(Locale.ROOT, "%,d", lines), findings,
        String.format(Locale.ROOT, "%.1f", MainCode.per10k(findings, lines)));
  }

  private void cweRow(String label, List<CaseOutcome> list) {
    Map<CaseStatus, Long> counts = list.stream().collect(Collectors.groupingBy(CaseOutcome::status,
        Collectors.counting()));
    Function<CaseStatus, Long> count = s -> counts.getOrDefault(s, 0L);
    out.printf(CWE_ROW, label, list.size(), count.apply(CaseStatus.FOUND), count.apply(CaseStatus.SEEN),
        count.apply(CaseStatus.MISSED),
        String.format(Locale.ROOT, "%.0f%%", 100.0 * count.apply(CaseStatus.FOUND) / list.size()));
  }

  private static String fate(TrackedFinding f) {
    if (f.fixedIn() != null) return "fixed in " + shortSha(f.fixedIn().sha());
    return f.presentAtHead() ? "still present at the fix" : "not closed in the window";
  }

  private static String shortSha(String sha) {
    return sha == null ? "-" : sha.substring(0, Math.min(12, sha.length()));
  }
}
