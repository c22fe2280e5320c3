package dev.vigil.cli.bench.realcode;

import dev.vigil.cli.bench.realrepo.CaseRepositories;
import dev.vigil.cli.bench.realrepo.CommitScans;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TrackedFinding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Scans the tree of a case's commit straight from the Git objects (the head pass of a one-commit
 * window) and measures it: lines of main code, findings by analyzer group, and the sample.
 */
public final class RealCodeScanner {
  /** The sample size of a project with fewer findings than {@link #MANY_FINDINGS}. */
  public static final int SMALL_SAMPLE = 15;
  /** The sample size of a project with many findings. */
  public static final int LARGE_SAMPLE = 20;
  /** The number of findings from which a project gets the large sample. */
  public static final int MANY_FINDINGS = 100;

  private final CommitScans scans;
  private final Map<String, AnalyzerGroup> groupByRule = new HashMap<>();

  /** Creates a scanner that runs {@code analyzers}. */
  public RealCodeScanner(List<Analyzer> analyzers) {
    this.scans = new CommitScans(analyzers);
    for (Analyzer analyzer : analyzers) {
      for (RuleInfo rule : analyzer.rules()) groupByRule.put(rule.id(), AnalyzerGroup.of(analyzer.id()));
    }
  }

  /**
   * Returns the measurement of {@code realCase} in {@code repository}; {@code sampleSize} null
   * takes {@link #SMALL_SAMPLE} or {@link #LARGE_SAMPLE} by the number of findings.
   */
  public CaseMeasurement measure(RealCodeCase realCase, Repository repository, Integer sampleSize,
      long seed) {
    RevCommit commit = CaseRepositories.commit(repository, realCase.name(), realCase.commit());
    ScanResult result = scans.window(repository, commit, 1, new InMemoryAnalysisCache());
    List<ScannedFinding> findings = result.findings().stream().map(this::scanned).toList();
    long mainLines = CommitScans.mainLines(repository, commit, realCase.name());
    int size = sampleSize != null ? sampleSize
        : findings.size() >= MANY_FINDINGS ? LARGE_SAMPLE : SMALL_SAMPLE;
    List<ScannedFinding> sample = findings.isEmpty() ? List.of()
        : StratifiedSample.draw(findings, size, seed);
    return new CaseMeasurement(realCase, mainLines, findings, sample);
  }

  private ScannedFinding scanned(TrackedFinding tracked) {
    var finding = tracked.finding();
    return new ScannedFinding(tracked.fingerprint(), finding.ruleId(),
        groupByRule.getOrDefault(finding.ruleId(), AnalyzerGroup.OTHER), finding.location().path(),
        finding.location().line(), finding.message());
  }
}
