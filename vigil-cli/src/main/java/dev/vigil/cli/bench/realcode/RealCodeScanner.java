package dev.vigil.cli.bench.realcode;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.git.CommitPass;
import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.ScanInputException;
import dev.vigil.engine.git.ScanListener;
import dev.vigil.engine.git.ScanResult;
import dev.vigil.engine.git.TrackedFinding;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

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

  private final List<Analyzer> analyzers;
  private final Map<String, AnalyzerGroup> groupByRule = new HashMap<>();

  /** Creates a scanner that runs {@code analyzers}. */
  public RealCodeScanner(List<Analyzer> analyzers) {
    this.analyzers = List.copyOf(analyzers);
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
    RevCommit commit = commit(realCase, repository);
    ScanResult result = new CommitPass(analyzers, new InMemoryAnalysisCache(), PassOptions.defaults())
        .run(repository, HistoryWindow.lastCommits(commit.name(), 1), ScanListener.NONE, () -> false);
    List<ScannedFinding> findings = result.findings().stream().map(this::scanned).toList();
    long mainLines;
    try (ObjectReader reader = repository.newObjectReader()) {
      mainLines = MainCode.count(reader, commit);
    } catch (IOException e) {
      throw new ScanInputException(realCase.name() + ": cannot read the tree of " + commit.name()
          + ": " + e.getMessage(), e);
    }
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

  /** Returns the case's commit; throws {@link ScanInputException} when the repository lacks it. */
  private static RevCommit commit(RealCodeCase realCase, Repository repository) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(ObjectId.fromString(realCase.commit()));
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      throw new ScanInputException(realCase.name() + ": commit " + realCase.commit()
          + " is not in " + repository.getDirectory() + " (fetch it, or fix the case file)");
    } catch (IOException e) {
      throw new ScanInputException(realCase.name() + ": cannot read " + repository.getDirectory()
          + ": " + e.getMessage(), e);
    }
  }
}
