package dev.vigil.server.ui;

import dev.vigil.engine.git.HistoryWindow;
import dev.vigil.engine.git.SkippedFile;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.EnvironmentRecord;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.web.Access;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.web.ScanLauncher;
import dev.vigil.server.web.WindowDates;
import dev.vigil.server.web.ScanView;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Creating scans with an estimate, listing them with live progress, and a scan's detail. */
public final class ScanPages {
  private final RepositoryStore repositories;
  private final ScanStore scans;
  private final ScanLauncher launcher;
  private final EnvironmentStore environments;
  private final CommitCounter counter;
  private final Lookups lookups;
  private final Templates templates;
  private final AdvisoryStore advisories;

  ScanPages(RepositoryStore repositories, ScanStore scans, ScanLauncher launcher,
      EnvironmentStore environments, CommitCounter counter, Lookups lookups, Templates templates,
      AdvisoryStore advisories) {
    this.advisories = advisories;
    this.repositories = repositories;
    this.scans = scans;
    this.launcher = launcher;
    this.environments = environments;
    this.counter = counter;
    this.lookups = lookups;
    this.templates = templates;
  }

  /** A scan with the name of its repository. */
  public record ScanRow(ScanView scan, String repository) {}

  /** The scans page, for every visible repository or one ({@code repository} non-null). */
  public record ScansView(List<ScanRow> rows, RepositoryRecord repository) {}

  /** A scan's page; {@code withoutAdvisories} when it ran with no advisory database, so without dependency analysis. */
  public record ScanDetailView(ScanView scan, RepositoryRecord repository, List<SkippedFile> skipped,
      boolean withoutAdvisories) {
    /** Returns how many files were skipped and why, e.g. "12 files: 10 listed in .vigilignore, 2 binary content". */
    public String skippedSummary() {
      Map<SkippedFile.Reason, Long> counts = new java.util.EnumMap<>(SkippedFile.Reason.class);
      skipped.forEach(file -> counts.merge(file.reason(), 1L, Long::sum));
      List<String> parts = counts.entrySet().stream()
          .map(entry -> entry.getValue() + " " + entry.getKey().description()).toList();
      return skipped.size() + (skipped.size() == 1 ? " file: " : " files: ") + String.join(", ", parts);
    }
  }

  /** The create-scan form as typed, its error, and the estimate for it. */
  public record NewScanView(List<RepositoryRecord> repositories, RepositoryRecord repository,
      List<String> branches, List<EnvironmentRecord> environments, String environmentId, String branch,
      String window, String commits, String since, String until, String error, Estimate estimate) {}

  /** How long a backfill would be: a summary line and how it was worked out. */
  public record Estimate(String summary, String detail) {}

  /** {@code GET /scans?repositoryId=}. */
  void list(Context ctx, Visit visit) {
    String only = ctx.queryParam("repositoryId");
    List<RepositoryRecord> shown = only == null || only.isBlank()
        ? repositories.visibleTo(visit.user())
        : List.of(lookups.repository(visit.user(), parseId(only)));
    List<ScanRow> rows = shown.stream()
        .flatMap(r -> scans.forRepository(r.id()).stream().map(s -> new ScanRow(ScanView.of(s), r.name())))
        .sorted(Comparator.comparing((ScanRow row) -> row.scan().id()).reversed())
        .limit(200).toList();
    templates.page(ctx, "scans.jte", visit.frame("Scans", "scans"),
        new ScansView(rows, shown.size() == 1 && only != null ? shown.get(0) : null));
  }

  /** {@code GET /scans/{id}}. */
  void show(Context ctx, Visit visit) {
    ScanRecord scan = lookups.scan(ctx, visit.user());
    RepositoryRecord repository = lookups.repository(visit.user(), scan.repositoryId());
    templates.page(ctx, "scan.jte", visit.frame("Scan " + scan.id(), "scans"),
        new ScanDetailView(ScanView.of(scan), repository, scans.skipped(scan.id()),
            scan.startedAt() != null && advisories.noneAt(scan.startedAt())));
  }

  /** {@code GET /scans/{id}/progress}: the progress fragment htmx polls every 2 s. */
  void progress(Context ctx, Visit visit) {
    ScanRecord scan = lookups.scan(ctx, visit.user());
    ctx.html(templates.render("scan_progress.jte", Map.of("scan", ScanView.of(scan))));
  }

  /** {@code GET /repositories/{id}/scans/new}. */
  void form(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    requireScan(visit);
    String branch = repository.defaultBranch() != null ? repository.defaultBranch()
        : counter.branches(repository).stream().filter(b -> b.equals("main") || b.equals("master"))
            .findFirst().orElse("");
    String commits = String.valueOf(HistoryWindow.DEFAULT_COMMITS);
    templates.page(ctx, "scan_new.jte", visit.frame("New scan · " + repository.name(), "scans"),
        new NewScanView(repositories.visibleTo(visit.user()), repository, counter.branches(repository),
            environments.forRepository(repository.id()), "", branch, "commits", commits, "", "", null, estimate(repository, branch, "commits", commits, "")));
  }

  /** {@code GET /scans/estimate?repositoryId=&branch=&window=&commits=&since=}: the estimate fragment. */
  void estimate(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(visit.user(), parseId(ctx.queryParam("repositoryId")));
    ctx.html(templates.render("scan_estimate.jte", Map.of("estimate", estimate(repository,
        ctx.queryParam("branch"), ctx.queryParam("window"), ctx.queryParam("commits"), ctx.queryParam("since")))));
  }

  /** {@code POST /scans}: repositoryId, branch, window (commits or since), commits, since, until (optional). */
  void create(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(visit.user(), parseId(ctx.formParam("repositoryId")));
    requireScan(visit);
    String branch = text(ctx, "branch");
    String window = text(ctx, "window");
    String commits = text(ctx, "commits");
    String since = text(ctx, "since");
    String until = text(ctx, "until");
    String environmentId = text(ctx, "environmentId");
    try {
      Long environment = environmentId.isEmpty() ? null : environmentId(environmentId);
      ScanRecord scan = "since".equals(window)
          ? launcher.backfill(visit.user(), repository, branch, null, since(since),
              until.isEmpty() ? null : WindowDates.endOf("window.until", until), environment)
          : launcher.backfill(visit.user(), repository, branch, commits(commits), null, null, environment);
      ctx.redirect("/scans/" + scan.id(), HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() != 400) throw e;
      ctx.status(400);
      templates.page(ctx, "scan_new.jte", visit.frame("New scan · " + repository.name(), "scans"),
          new NewScanView(repositories.visibleTo(visit.user()), repository, counter.branches(repository),
              environments.forRepository(repository.id()), environmentId, branch, window, commits, since, until, e.getMessage(), estimate(repository, branch, window, commits, since)));
    }
  }

  private Estimate estimate(RepositoryRecord repository, String branch, String window, String commits,
      String since) {
    Integer limit = null;
    Instant from = null;
    try {
      if ("since".equals(window)) from = since(since);
      else limit = commits(commits);
    } catch (ApiException e) {
      return new Estimate("No estimate yet: " + e.getMessage(), "");
    }
    var count = counter.count(repository, branch == null || branch.isBlank()
        ? repository.defaultBranch() : branch, limit, from);
    if (count.isEmpty()) {
      return new Estimate(noEstimate(repository, branch), "");
    }
    double rate = scans.forRepository(repository.id()).stream()
        .filter(s -> ScanRecord.DONE.equals(s.state()) && s.rate() > 0)
        .mapToDouble(ScanRecord::rate).average().orElse(0);
    boolean assumed = rate <= 0;
    if (assumed) rate = ASSUMED_RATE;
    int in = count.get().inWindow();
    long seconds = Math.round(in / rate);
    return new Estimate(String.format("%,d of the branch's %,d first-parent commits are in this window: "
            + "about %s of backfill.", in, count.get().total(), Durations.human(seconds)),
        assumed ? String.format("Assumes %.0f commits per second until a scan of this repository has run.", rate)
            : String.format("At %.1f commits per second, the average of this repository's finished scans.", rate));
  }

  /** Commits per second assumed for an estimate before any scan of the repository finished. */
  static final double ASSUMED_RATE = 5;

  private static Integer commits(String text) {
    try {
      int n = Integer.parseInt(text == null ? "" : text.trim());
      if (n < 1 || n > 1_000_000) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("window.commits", "the number of commits must be a whole number from 1 to 1,000,000");
    }
  }

  private static Long environmentId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("environmentId", "choose an environment from the list");
    }
  }

  private static Instant since(String text) {
    try {
      Instant since = LocalDate.parse(text == null ? "" : text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (since.isAfter(Instant.now())) throw ApiException.badRequest("window.since", "the start date is in the future");
      return since;
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("window.since", "the start date must be a date like 2024-01-31");
    }
  }

  private static void requireScan(Visit visit) {
    Access.require(visit.user().role().canScan(), visit.user(), "start scans");
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.notFound("repository " + text);
    }
  }

  private static String text(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.trim();
  }

  private static String noEstimate(RepositoryRecord repository, String branch) {
    return RepositoryMirrors.isLocal(repository.url())
        ? "No estimate: there is no branch '" + (branch == null ? "" : branch) + "' in this repository."
        : "No estimate: Vigil counts commits of local repositories only; a remote one is fetched when its scan starts.";
  }
}
