package dev.vigil.server.jobs;

import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.report.ExternalFinding;
import dev.vigil.engine.git.PathScope;
import dev.vigil.engine.threatmodel.CallGraph;
import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.threatmodel.RepositoryType;
import dev.vigil.engine.threatmodel.ThreatModel;
import dev.vigil.engine.validation.HeadAnalysis;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.SandboxStep;
import dev.vigil.engine.validation.Validation;
import dev.vigil.engine.validation.ValidationTarget;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates findings in the background: after a scan, every finding of its repository at the
 * scan's head (one head analysis shared by all of them); on demand, one finding at the current tip
 * of the branch its repository was last scanned on. Each finding gets one record per head commit.
 */
public final class ValidationRunner {
  private static final Logger log = LoggerFactory.getLogger(ValidationRunner.class);

  /** The stores a validation reads and writes. */
  public record Stores(ScanStore scans, RepositoryStore repositories, FindingStore findings,
      ValidationStore validations, EnvironmentStore environments) {}

  private final Stores stores;
  private final AnalysisCache cache;
  private final AnalyzerSet analyzers;
  private final RepositoryMirrors mirrors;
  private final PassOptions options;
  private final ThreatModels models;
  private final Clock clock;

  public ValidationRunner(Stores stores, AnalysisCache cache, AnalyzerSet analyzers,
      RepositoryMirrors mirrors, PassOptions options, ThreatModels models, Clock clock) {
    this.stores = stores;
    this.cache = cache;
    this.analyzers = analyzers;
    this.mirrors = mirrors;
    this.options = options;
    this.models = models;
    this.clock = clock;
  }

  /** Validates every finding of the scan's repository at its head, if the scan finished new work. */
  public void afterScan(long scanId) {
    ScanRecord scan = stores.scans().find(scanId).orElse(null);
    if (scan == null || !ScanRecord.DONE.equals(scan.state()) || scan.headSha() == null
        || scan.commitsTotal() == 0) {
      return;
    }
    stores.repositories().find(scan.repositoryId()).ifPresent(repository ->
        validate(repository, scan.headSha(), scan.environmentId(),
            stores.findings().withEvidence(repository.id()).stream()
                .filter(f -> !ExternalFinding.isExternal(f.ruleId())).toList()));
  }

  /** Validates one finding at the current tip of the branch last scanned; nothing before a scan. */
  public void finding(long findingId) {
    FindingRecord finding = stores.findings().find(findingId).orElse(null);
    if (finding == null) return;
    Optional<ScanRecord> scanned = stores.scans().forRepository(finding.repositoryId()).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.headSha() != null).findFirst();
    RepositoryRecord repository = stores.repositories().find(finding.repositoryId()).orElse(null);
    if (scanned.isEmpty() || repository == null) return;
    validate(repository, scanned.get().branch(), scanned.get().environmentId(), List.of(finding));
  }

  private void validate(RepositoryRecord repository, String revision, Long environmentId,
      List<FindingRecord> targets) {
    if (targets.isEmpty()) return;
    try (Repository git = mirrors.open(repository, stores.repositories().credential(repository.id()))) {
      HeadSnapshot head = new HeadAnalysis(analyzers.current(), cache,
          options.withScope(PathScope.parse(repository.pathScope()))).at(git, revision);
      Validation validation = validation(repository.id(), environmentId);
      for (FindingRecord finding : targets) {
        stores.validations().record(finding.id(), validation.validate(
            new ValidationTarget(finding.fingerprint(), FindingRanking.toFinding(finding)), head));
      }
      log.info("validated {} findings of {} at {}", targets.size(), repository.name(), head.shortCommit());
    } catch (RuntimeException e) {
      // The findings keep their previous records; the next scan or a person's request retries.
      log.warn("validation of {} at {} failed: {}", repository.name(), revision, e.toString());
    }
  }

  private Validation validation(long repositoryId, Long environmentId) {
    var current = models.current(repositoryId);
    ThreatModel model = current.map(ThreatModels.Current::model).orElse(ThreatModel.empty(RepositoryType.MIXED));
    CallGraph graph = current.map(ThreatModels.Current::callGraph).orElse(CallGraph.empty());
    Optional<EnvironmentRecord> environment = environmentId != null
        ? stores.environments().find(environmentId)
        : stores.environments().forRepository(repositoryId).stream().findFirst();
    return Validation.standard(new Reachability(model, graph), environment
        .map(e -> SandboxStep.pendingSandbox(e.name())).orElseGet(SandboxStep::withoutEnvironment), clock);
  }
}
