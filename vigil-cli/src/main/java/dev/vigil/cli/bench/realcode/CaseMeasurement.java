package dev.vigil.cli.bench.realcode;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the benchmark measured on one case: the lines of main code, every finding, the sample
 * drawn from them, and the judged REAL findings no longer reported (lost).
 */
public record CaseMeasurement(RealCodeCase realCase, long mainLines, List<ScannedFinding> findings,
    List<ScannedFinding> sample) {

  public CaseMeasurement {
    findings = List.copyOf(findings);
    sample = List.copyOf(sample);
  }

  /** Returns the number of findings of each group; groups without findings are absent. */
  public Map<AnalyzerGroup, Integer> findingsByGroup() {
    Map<AnalyzerGroup, Integer> counts = new EnumMap<>(AnalyzerGroup.class);
    findings.forEach(f -> counts.merge(f.group(), 1, Integer::sum));
    return counts;
  }

  /** Returns the verdicts of the sampled findings of {@code group} (all groups when null). */
  public Tally tally(AnalyzerGroup group) {
    Tally tally = Tally.EMPTY;
    for (ScannedFinding finding : sample) {
      Judgement judgement = realCase.judgement(finding.fingerprint());
      if (judgement != null && (group == null || finding.group() == group)) {
        tally = tally.plus(judgement.verdict());
      }
    }
    return tally;
  }

  /** Returns the sampled findings that nobody has judged yet. */
  public List<ScannedFinding> needsJudgement() {
    return sample.stream().filter(f -> realCase.judgement(f.fingerprint()) == null).toList();
  }

  /**
   * Returns the judged findings now reported at another path or line than the one judged: a
   * finding whose identity is its source keeps its fingerprint when its sink moves, so its verdict
   * needs a second look.
   */
  public List<ScannedFinding> moved() {
    return findings.stream().filter(f -> {
      Judgement judgement = realCase.judgement(f.fingerprint());
      return judgement != null && (judgement.line() != f.line() || !f.path().equals(judgement.path()));
    }).toList();
  }

  /**
   * Returns the judgements of REAL findings that the scan no longer reports, neither under their
   * own fingerprint nor under the fingerprint that supersedes it.
   */
  public List<Judgement> lost() {
    Set<String> reported = findings.stream().map(ScannedFinding::fingerprint).collect(Collectors.toSet());
    return realCase.judgements().values().stream()
        .filter(j -> j.verdict() == Verdict.REAL && !realCase.stillReported(j.fingerprint(), reported))
        .sorted(Comparator.comparing(Judgement::fingerprint))
        .toList();
  }
}
