package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.forge.PullRequestStates;
import dev.vigil.server.jobs.BranchPoller;
import dev.vigil.server.jobs.ScanJobs;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.Json;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/webhooks/github}: GitHub push and pull_request events signed with HMAC-SHA256
 * ({@code X-Hub-Signature-256}), compared in constant time. A push to a scanned branch queues an
 * incremental scan at once instead of waiting for the next poll; a pull_request event updates the
 * state of a pull request Vigil opened, and a merge queues the scan of its base branch that
 * confirms the fix.
 */
final class WebhookController {
  private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
  private final byte[] secret;
  private final RepositoryStore repositories;
  private final BranchPoller poller;
  private final ScanJobs jobs;
  private final AuditLog audit;
  private final PullRequestStates pullRequests;

  WebhookController(String secret, RepositoryStore repositories, BranchPoller poller, ScanJobs jobs,
      AuditLog audit, PullRequestStates pullRequests) {
    this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
    this.repositories = repositories;
    this.poller = poller;
    this.jobs = jobs;
    this.audit = audit;
    this.pullRequests = pullRequests;
  }

  void github(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    String signature = ctx.header("X-Hub-Signature-256");
    if (secret == null || signature == null || !signature.startsWith("sha256=")
        || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
            ("sha256=" + hmac(body)).getBytes(StandardCharsets.US_ASCII))) {
      log.warn("rejected webhook from {}: {}", ctx.ip(), secret == null ? "no webhook secret configured"
          : signature == null ? "unsigned" : "bad signature");
      audit.record("webhook", "webhook.rejected", ctx.ip(), signature == null ? "unsigned" : "bad signature");
      throw ApiException.unauthorized(secret == null
          ? "webhooks are disabled: set VIGIL_WEBHOOK_SECRET" : "missing or invalid X-Hub-Signature-256");
    }
    String event = ctx.header("X-GitHub-Event");
    if ("ping".equals(event)) {
      ctx.json(Map.of("ok", true));
      return;
    }
    if ("pull_request".equals(event)) {
      pullRequest(ctx, body);
      return;
    }
    if (!"push".equals(event)) {
      ctx.status(202).json(Map.of("ignored", "event " + event));
      return;
    }
    JsonNode push = json(body);
    String ref = push.path("ref").asText("");
    if (!ref.startsWith("refs/heads/")) {
      ctx.status(202).json(Map.of("ignored", "not a branch push"));
      return;
    }
    String branch = ref.substring("refs/heads/".length());
    List<String> urls = new ArrayList<>();
    for (String field : List.of("clone_url", "html_url", "ssh_url", "git_url", "url")) {
      String url = push.path("repository").path(field).asText(null);
      if (url != null) urls.add(normalise(url));
    }
    List<Long> queued = new ArrayList<>();
    for (RepositoryRecord repository : repositories.all()) {
      if (urls.contains(normalise(repository.url()))) {
        long scan = poller.poll(repository, branch, jobs::enqueue);
        if (scan > 0) queued.add(scan);
      }
    }
    audit.record("webhook", "webhook.push", ref, "queued scans " + queued);
    ctx.status(202).json(Map.of("queuedScans", queued));
  }

  /** A pull_request event: the new state of a pull request Vigil opened; a merge scans its base branch. */
  private void pullRequest(Context ctx, byte[] body) {
    JsonNode payload = json(body);
    JsonNode pull = payload.path("pull_request");
    String fullName = payload.path("repository").path("full_name").asText("");
    var updated = pullRequests.onEvent(fullName, pull.path("number").asInt(-1), pull.path("state").asText(""),
        pull.path("merged").asBoolean(false), pull.path("merge_commit_sha").asText(null));
    if (updated.isEmpty()) {
      ctx.status(202).json(Map.of("ignored", "not a pull request Vigil opened"));
      return;
    }
    var pullRequest = updated.get().pullRequest();
    List<Long> queued = new ArrayList<>();
    String base = pull.path("base").path("ref").asText("");
    if (pull.path("merged").asBoolean(false) && !base.isEmpty()) {
      repositories.find(updated.get().repositoryId()).ifPresent(repository -> {
        long scan = poller.poll(repository, base, jobs::enqueue);
        if (scan > 0) queued.add(scan);
      });
    }
    audit.record("webhook", "webhook.pull-request", fullName + "#" + pullRequest.number(),
        pullRequest.state() + (queued.isEmpty() ? "" : ", queued scans " + queued));
    ctx.status(202).json(Map.of("pullRequest", pullRequest.id(), "state", pullRequest.state(), "queuedScans", queued));
  }

  private static JsonNode json(byte[] body) {
    try {
      return Json.mapper().readTree(body);
    } catch (java.io.IOException e) {
      throw ApiException.badRequest(null, "malformed JSON payload");
    }
  }

  private String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static String normalise(String url) {
    return url.trim().replaceAll("\\.git$", "").replaceAll("/$", "").toLowerCase(java.util.Locale.ROOT);
  }
}
