package dev.vigil.server.ui;

import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.RankedFinding;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.engine.validation.sandbox.SandboxCheck;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A repository's readiness checklist for callers outside the overview page (the API, the digest):
 * reads what {@link Readiness} needs and lets it decide, so the page and the API agree.
 */
public final class ReadinessChecklist {
  private final ScanStore scans;
  private final RepositoryFacts facts;
  private final FindingRanking ranking;
  private final Readiness readiness;

  /** Creates a checklist over the stores the overview page reads. */
  public ReadinessChecklist(ScanStore scans, FindingRanking ranking, ThreatModels models,
      EnvironmentStore environments, HealthCheckStore healthChecks, SandboxCheck sandbox, Jdbi jdbi) {
    this.scans = scans;
    this.facts = new RepositoryFacts(jdbi);
    this.ranking = ranking;
    this.readiness = new Readiness(models, environments, healthChecks, sandbox);
  }

  /** Returns the checklist of {@code repository}, item by item as its overview page shows it. */
  public List<ReadinessItem> of(RepositoryRecord repository) {
    List<FindingRecord> top = ranking.recommended(repository.id(), 10).stream()
        .map(RankedFinding::finding).toList();
    return readiness.of(repository, scans.forRepository(repository.id()), top, facts.counts(repository.id()));
  }
}
