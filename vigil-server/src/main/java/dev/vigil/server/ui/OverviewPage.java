package dev.vigil.server.ui;

import dev.vigil.engine.validation.sandbox.SandboxCheck;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.RankedFinding;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.server.web.ScanView;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** A repository's overview: readiness checklist, charts, latest scans. */
public final class OverviewPage {
  private final ScanStore scans;
  private final FindingStore findings;
  private final RepositoryFacts facts;
  private final Readiness readiness;
  private final FindingRanking ranking;
  private final Lookups lookups;
  private final Templates templates;

  OverviewPage(ScanStore scans, FindingStore findings, RepositoryFacts facts, ThreatModels models,
      EnvironmentStore environments, HealthCheckStore healthChecks, SandboxCheck sandbox, FindingRanking ranking,
      Lookups lookups,
      Templates templates) {
    this.scans = scans;
    this.findings = findings;
    this.facts = facts;
    this.readiness = new Readiness(models, environments, healthChecks, sandbox);
    this.ranking = ranking;
    this.lookups = lookups;
    this.templates = templates;
  }

  /** What the overview shows. */
  public record OverviewView(RepositoryRecord repository, String location, List<ReadinessItem> readiness,
      Chart open, Chart flow, List<ScanView> scans, long findings, long openAtHead, boolean canScan) {}

  /** {@code GET /repositories/{id}}. */
  void show(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    List<ScanRecord> all = scans.forRepository(repository.id());
    RepositoryFacts.Counts counts = facts.counts(repository.id());
    List<FindingRecord> top = ranking.recommended(repository.id(), 10).stream()
        .map(RankedFinding::finding).toList();
    List<RepositoryFacts.Span> spans = facts.spans(repository.id());
    Instant now = Instant.now();
    Frame frame = visit.frame(repository.name(), "repositories");
    if (ctx.queryParam("connected") != null) {
      frame = frame.withNotice("Repository connected. Create a scan to walk its history.");
    }
    templates.page(ctx, "repository.jte", frame, new OverviewView(repository,
        Masking.location(repository.url()), readiness.of(repository, all, top, counts),
        Charts.openBySeverity(spans, now), Charts.introducedVsFixed(spans, now),
        all.stream().limit(5).map(ScanView::of).toList(), findings.count(repository.id()), counts.openAtHead(),
        visit.user().role().canScan()));
  }
}
