package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Creating scans (queued as background jobs) and following their progress. */
final class ScanController {
  private final ScanStore scans;
  private final Access access;
  private final ScanLauncher launcher;

  ScanController(ScanStore scans, EnvironmentStore environments, RepositoryMirrors mirrors,
      Access access, ScanJobs jobs, AuditLog audit) {
    this.scans = scans;
    this.access = access;
    this.launcher = new ScanLauncher(scans, mirrors, jobs, audit, environments);
  }

  /**
   * {@code POST /api/v1/scans {repositoryId, branch, window: {commits: N} | {since: date, until: date},
   * environmentId?}}.
   */
  void create(Context ctx) {
    User user = Authenticator.user(ctx);
    JsonNode body = RequestBodies.object(ctx);
    RepositoryRecord repository = access.repository(user, RequestBodies.number(body, "repositoryId"));
    Access.require(user.role().canScan(), user, "start scans");
    String branch = RequestBodies.optionalText(body, "branch");
    Integer commits = null;
    Instant since = null;
    Instant until = null;
    JsonNode window = body.get("window");
    if (window != null && !window.isNull()) {
      if (!window.isObject()) {
        throw ApiException.badRequest("window",
            "window must be {\"commits\": N} or {\"since\": \"YYYY-MM-DD\", \"until\": \"YYYY-MM-DD\"}");
      }
      boolean dates = window.has("since") || window.has("until");
      if (window.has("commits") == dates) {
        throw ApiException.badRequest("window", "window takes either commits or a date range (since, until)");
      }
      if (window.has("commits")) {
        JsonNode n = window.get("commits");
        if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > 1_000_000) {
          throw ApiException.badRequest("window.commits", "window.commits must be an integer from 1 to 1000000");
        }
        commits = n.asInt();
      } else {
        since = window.has("since") ? parseSince(window.get("since")) : null;
        until = window.has("until") ? WindowDates.endOf("window.until", window.get("until")) : null;
      }
    } else {
      commits = dev.vigil.engine.git.HistoryWindow.DEFAULT_COMMITS;
    }
    Long environmentId = body.hasNonNull("environmentId") ? RequestBodies.number(body, "environmentId") : null;
    ScanRecord scan = launcher.backfill(user, repository, branch, commits, since, until, environmentId);
    ctx.status(201).json(ScanView.of(scan));
  }

  /** {@code GET /api/v1/scans/{id}}. */
  void get(Context ctx) {
    ctx.json(ScanView.of(visibleScan(ctx)));
  }

  /** {@code GET /api/v1/scans/{id}/skipped}: the files the scan could not analyse, and why. */
  void skipped(Context ctx) {
    ctx.json(Map.of("items", scans.skipped(visibleScan(ctx).id())));
  }

  /** {@code GET /api/v1/scans?repositoryId=N}. */
  void list(Context ctx) {
    User user = Authenticator.user(ctx);
    String repositoryId = ctx.queryParam("repositoryId");
    if (repositoryId == null) throw ApiException.badRequest("repositoryId", "repositoryId is required");
    long id;
    try {
      id = Long.parseLong(repositoryId);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("repositoryId", "repositoryId must be an integer");
    }
    access.repository(user, id);
    ctx.json(Map.of("items", scans.forRepository(id).stream().map(ScanView::of).toList()));
  }

  private ScanRecord visibleScan(Context ctx) {
    long id = RequestBodies.id(ctx, "scan");
    ScanRecord scan = scans.find(id).orElseThrow(() -> ApiException.notFound("scan " + id));
    try {
      access.repository(Authenticator.user(ctx), scan.repositoryId());
    } catch (ApiException hidden) {
      throw ApiException.notFound("scan " + id);
    }
    return scan;
  }

  private static Instant parseSince(JsonNode value) {
    if (value == null || !value.isTextual()) {
      throw ApiException.badRequest("window.since", "window.since must be a date like 2024-01-31");
    }
    try {
      Instant since = LocalDate.parse(value.asText()).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (since.isAfter(Instant.now())) {
        throw ApiException.badRequest("window.since", "window.since " + value.asText() + " is in the future");
      }
      return since;
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("window.since", "window.since must be a date like 2024-01-31");
    }
  }
}
