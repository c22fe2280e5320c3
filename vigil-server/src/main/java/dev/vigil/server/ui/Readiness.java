package dev.vigil.server.ui;

import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.HealthCheckRecord;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.threat.ThreatModels;
import dev.vigil.engine.validation.sandbox.SandboxCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes a repository's readiness checklist from its environments, scans, finding counts, ranking
 * and threat model.
 */
final class Readiness {
  private final ThreatModels models;
  private final EnvironmentStore environments;
  private final HealthCheckStore healthChecks;
  private final SandboxCheck sandbox;

  Readiness(ThreatModels models, EnvironmentStore environments, HealthCheckStore healthChecks, SandboxCheck sandbox) {
    this.models = models;
    this.environments = environments;
    this.healthChecks = healthChecks;
    this.sandbox = sandbox;
  }

  /** Returns the checklist of {@code repository}, given its scans (newest first), top 10 and counts. */
  List<ReadinessItem> of(RepositoryRecord repository, List<ScanRecord> scans, List<FindingRecord> recommended,
      RepositoryFacts.Counts counts) {
    long id = repository.id();
    String base = "/repositories/" + id;
    List<ReadinessItem> items = new ArrayList<>();
    items.add(environment(id, base + "/environments"));
    items.add(backfill(base, scans));
    items.add(threatModel(id, base + "/threat-model"));
    long untriaged = recommended.stream()
        .filter(f -> "open".equals(f.status()) && f.owner() == null).count();
    items.add(recommended.isEmpty()
        ? new ReadinessItem("Recommended findings triaged", "ok", "No open findings to recommend.", null, null)
        : untriaged == 0
            ? new ReadinessItem("Recommended findings triaged", "ok",
                "Each of the " + recommended.size() + " recommended findings has a decision or an owner.",
                "Recommended", base + "/recommended")
            : new ReadinessItem("Recommended findings triaged", "todo",
                untriaged + " of " + recommended.size() + " recommended findings "
                    + (untriaged == 1 ? "has" : "have") + " no decision and no owner.",
                "Triage them", base + "/recommended"));
    long high = counts.highAtHead();
    long highMissing = counts.highWithoutOwnerOrStatus();
    items.add(highMissing == 0
        ? new ReadinessItem("Every high finding has an owner and a status", "ok",
            high == 0 ? "No high or critical findings at the head of the branch."
                : "All " + high + " high and critical findings have an owner and a decision.",
            null, null)
        : new ReadinessItem("Every high finding has an owner and a status", "todo",
            highMissing + (highMissing == 1 ? " high or critical finding lacks" : " high or critical findings lack")
                + " an owner or a decision.",
            "Open high findings", "/findings?repositoryId=" + id + "&severity=high&status=open"));
    items.add(patchesReviewed(counts.patches()));
    long fixed = counts.highFixed();
    long unvalidated = counts.highFixedUnvalidated();
    String keyFixes = "Key fixes have a regression test or a validation record";
    items.add(fixed == 0
        ? new ReadinessItem(keyFixes, "ok", "No high or critical finding has been fixed yet.", null, null)
        : unvalidated == 0
            ? new ReadinessItem(keyFixes, "ok", "All " + fixed + " fixed high and critical findings have a "
                + "validation record or a validated patch.", null, null)
            : new ReadinessItem(keyFixes, "todo",
                unvalidated + " of " + fixed + " fixed high and critical findings "
                    + (unvalidated == 1 ? "has" : "have") + " neither a validation record nor a validated patch "
                    + "with its regression test.",
                "Fixed, not validated", "/findings?repositoryId=" + id + "&status=fixed&verdict=none"));
    return List.copyOf(items);
  }

  /** Met when a reviewer approved the newest patch of every finding still to fix that has one. */
  private static ReadinessItem patchesReviewed(PatchStore.Review review) {
    String title = "Proposed patches reviewed";
    if (review.proposed() == 0) {
      return new ReadinessItem(title, "ok", "No patch proposed for an open finding.", null, null);
    }
    long waiting = review.proposed() - review.approved();
    return waiting == 0
        ? new ReadinessItem(title, "ok", "A reviewer approved each of the " + review.proposed()
            + " proposed patches.", null, null)
        : new ReadinessItem(title, "todo", waiting + " of " + review.proposed() + " proposed patches "
            + (waiting == 1 ? "awaits" : "await") + " a reviewer's approval.", "Review it",
            "/findings/" + review.firstUnapprovedFinding() + "#patch");
  }

  /** Met when the newest health check of an environment passed; a failed newest check is to do. */
  private ReadinessItem environment(long id, String href) {
    String title = "Environment healthy";
    List<EnvironmentRecord> configured = environments.forRepository(id);
    if (configured.isEmpty()) {
      return new ReadinessItem(title, "off",
          "Not configured: no environment gives the setup, build and test commands.", "Environments", href);
    }
    if (!sandbox.ok()) {
      return new ReadinessItem(title, "todo", "The sandbox cannot start on this server, so no environment runs: "
          + sandbox.detail() + " (" + sandbox.hint() + ").", "Environments", href);
    }
    Map<Long, HealthCheckRecord> newest = healthChecks.newestOfRepository(id);
    for (EnvironmentRecord environment : configured) {
      HealthCheckRecord check = newest.get(environment.id());
      if (check != null && HealthCheckRecord.PASSED.equals(check.state())) {
        return new ReadinessItem(title, "ok", "The health check of " + environment.name() + " passed on "
            + Format.time(check.finishedAt()) + ".", "Environments", href);
      }
    }
    for (EnvironmentRecord environment : configured) {
      HealthCheckRecord check = newest.get(environment.id());
      if (check != null && HealthCheckRecord.FAILED.equals(check.state())) {
        return new ReadinessItem(title, "todo", "The last health check of " + environment.name() + " failed: "
            + check.failureReason() + ".", "See why", href + "#environment-" + environment.id());
      }
    }
    boolean live = newest.values().stream().anyMatch(HealthCheckRecord::live);
    return new ReadinessItem(title, "pending", live ? "A health check is running."
        : "Configured, health check not run yet (" + String.join(", ",
            configured.stream().map(EnvironmentRecord::name).toList()) + ").",
        live ? "Watch it" : "Run a health check", href);
  }

  private ReadinessItem threatModel(long id, String href) {
    String title = "Threat model reviewed by a person";
    List<ThreatModelStore.Version> versions = models.store().versions(id);
    if (versions.isEmpty()) {
      return new ReadinessItem(title, "pending", "No model yet: it is inferred when the first backfill finishes.",
          "Threat model", href);
    }
    var status = models.store().status(id);
    if (status.isPresent() && status.get().needsReview()) {
      return new ReadinessItem(title, "todo", "Needs review: " + String.join("; ", status.get().changes()),
          "Review it", href);
    }
    boolean reviewed = versions.stream().anyMatch(v -> !ThreatModels.INFERENCE_AUTHOR.equals(v.author()));
    ThreatModelStore.Version latest = versions.get(versions.size() - 1);
    return reviewed
        ? new ReadinessItem(title, "ok", "Version " + latest.version() + " by " + latest.author() + ".",
            "Threat model", href)
        : new ReadinessItem(title, "todo", "Only Vigil's inferred draft so far: no person has reviewed it.",
            "Review it", href);
  }

  private static ReadinessItem backfill(String base, List<ScanRecord> scans) {
    ScanRecord last = scans.stream().filter(s -> ScanRecord.BACKFILL.equals(s.kind())).findFirst().orElse(null);
    String title = "Backfill complete";
    if (last == null) {
      return new ReadinessItem(title, "todo", "No backfill has run yet.", "Create a scan", base + "/scans/new");
    }
    return switch (last.state()) {
      case ScanRecord.DONE -> new ReadinessItem(title, "ok", "Backfill of " + last.branch() + " finished: "
          + last.commitsTotal() + " commits.", "Scan " + last.id(), "/scans/" + last.id());
      case ScanRecord.FAILED -> new ReadinessItem(title, "todo", "The last backfill failed: " + last.error(),
          "Scan " + last.id(), "/scans/" + last.id());
      default -> new ReadinessItem(title, "pending", "Backfill of " + last.branch() + " is " + last.state()
          + ": " + last.commitsDone() + " of " + last.commitsTotal() + " commits.", "Watch it",
          "/scans/" + last.id());
    };
  }
}
