package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.report.ExternalFinding;
import dev.vigil.engine.git.PathScope;
import dev.vigil.engine.threatmodel.CallGraph;
import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.threatmodel.RepositoryType;
import dev.vigil.engine.threatmodel.ThreatModel;
import dev.vigil.engine.validation.BuildStep;
import dev.vigil.engine.validation.CommitBuild;
import dev.vigil.engine.validation.HeadAnalysis;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.SandboxStep;
import dev.vigil.engine.validation.Validation;
import dev.vigil.engine.validation.ValidationTarget;
import dev.vigil.engine.validation.Validator;
import dev.vigil.engine.validation.Verdict;
import dev.vigil.engine.validation.harness.MarkerHarness;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.ValidationStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.ThreatModels;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates findings in the background. After a scan: at the scan's head, with what the scan saw
 * there (no second analysis), the findings present at head (except rejected ones) and those that
 * left the head since their last record. On demand: one finding at the current tip of the branch
 * last scanned, with a fresh head analysis. With an environment, the build runs once per commit in
 * the sandbox and the marker harness on its output, the worst findings first, at most {@link
 * SandboxSettings#harnessRuns} harnesses per batch; its work tree is removed when the batch ends.
 */
public final class ValidationRunner {
  private static final Logger log = LoggerFactory.getLogger(ValidationRunner.class);

  /** The stores a validation reads and writes. */
  public record Stores(ScanStore scans, RepositoryStore repositories, FindingStore findings,
      ValidationStore validations, EnvironmentStore environments) {}

  /** How the head is analysed for an on-demand validation. */
  public record Analysis(AnalysisCache cache, AnalyzerSet analyzers, PassOptions options) {}

  private final Stores stores;
  private final Analysis analysis;
  private final RepositoryMirrors mirrors;
  private final ThreatModels models;
  private final Sandbox sandbox;
  private final SandboxSettings settings;
  private final Clock clock;

  public ValidationRunner(Stores stores, Analysis analysis, RepositoryMirrors mirrors, ThreatModels models,
      Sandbox sandbox, SandboxSettings settings, Clock clock) {
    this.stores = stores;
    this.analysis = analysis;
    this.mirrors = mirrors;
    this.models = models;
    this.sandbox = sandbox;
    this.settings = settings;
    this.clock = clock;
  }

  /** Validates the scan's open and changed findings at its head, if the scan finished new work. */
  public void afterScan(long scanId) {
    ScanRecord scan = stores.scans().find(scanId).orElse(null);
    if (scan == null || !ScanRecord.DONE.equals(scan.state()) || scan.headSha() == null
        || scan.commitsTotal() == 0) {
      return;
    }
    RepositoryRecord repository = stores.repositories().find(scan.repositoryId()).orElse(null);
    if (repository == null) return;
    List<FindingRecord> findings = stores.findings().withEvidence(repository.id());
    Map<String, Finding> present = new LinkedHashMap<>();
    findings.stream().filter(FindingRecord::presentAtHead)
        .forEach(f -> present.put(f.fingerprint(), FindingRanking.toFinding(f)));
    HeadSnapshot head = HeadSnapshot.of(scan.headSha(), present, stores.scans().skipped(scanId));
    validate(repository, git -> head, scan.environmentId(),
        findings.stream().filter(ValidationRunner::needsValidation).toList());
  }

  /** Validates one finding at the current tip of the branch last scanned; nothing before a scan. */
  public void finding(long findingId) {
    FindingRecord finding = stores.findings().find(findingId).orElse(null);
    if (finding == null) return;
    Optional<ScanRecord> scanned = stores.scans().forRepository(finding.repositoryId()).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.headSha() != null).findFirst();
    RepositoryRecord repository = stores.repositories().find(finding.repositoryId()).orElse(null);
    if (scanned.isEmpty() || repository == null) return;
    validate(repository, git -> new HeadAnalysis(analysis.analyzers().current(), analysis.cache(),
            analysis.options().withScope(PathScope.parse(repository.pathScope()))).at(git, scanned.get().branch()),
        scanned.get().environmentId(), List.of(finding));
  }

  /**
   * Returns true if a scan should validate the finding again: it is at the head (and not rejected as
   * false), or it left the head and its newest record does not say so yet. Findings imported from
   * other tools are never validated: Vigil's analyzers do not report them.
   */
  static boolean needsValidation(FindingRecord finding) {
    if (ExternalFinding.isExternal(finding.ruleId())) return false;
    return finding.presentAtHead() ? !"rejected".equals(finding.status())
        : !Verdict.NOT_PRESENT.label().equals(finding.verdict());
  }

  private interface HeadSource {
    HeadSnapshot at(Repository git);
  }

  private void validate(RepositoryRecord repository, HeadSource heads, Long environmentId,
      List<FindingRecord> targets) {
    if (targets.isEmpty()) return;
    Optional<EnvironmentRecord> environment = environmentId != null
        ? stores.environments().find(environmentId)
        : stores.environments().forRepository(repository.id()).stream().findFirst();
    try (Repository git = mirrors.open(repository, stores.repositories().credential(repository.id()));
        CommitBuild build = environment.map(e -> new CommitBuild(settings.run(sandbox, e,
            stores.environments().secrets(e.id())), git.getDirectory().toPath(), settings.workRoot())).orElse(null)) {
      HeadSnapshot head = heads.at(git);
      Validation validation = validation(repository.id(), build);
      long start = System.nanoTime();
      // The worst findings first: they get the harness runs before the cap per scan is reached.
      for (FindingRecord finding : targets.stream().sorted(Comparator.comparing(f -> Severity.parse(f.severity())))
          .toList()) {
        stores.validations().record(finding.id(), validation.validate(
            new ValidationTarget(finding.fingerprint(), FindingRanking.toFinding(finding)), head));
      }
      log.info("validated {} findings of {} at {} in {} ms", targets.size(), repository.name(), head.shortCommit(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // The findings keep their previous records; the next scan or a person's request retries.
      log.warn("validation of {} failed: {}", repository.name(), e.toString());
    }
  }

  private Validation validation(long repositoryId, CommitBuild build) {
    var current = models.current(repositoryId);
    ThreatModel model = current.map(ThreatModels.Current::model).orElse(ThreatModel.empty(RepositoryType.MIXED));
    CallGraph graph = current.map(ThreatModels.Current::callGraph).orElse(CallGraph.empty());
    List<Validator> sandboxSteps = build == null ? SandboxStep.withoutEnvironment()
        : List.of(new BuildStep(build), new MarkerHarness(build, settings.agentFolder(), settings.harnessRuns()));
    return Validation.standard(new Reachability(model, graph), sandboxSteps, clock);
  }
}
