package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.digest.Digest;
import dev.vigil.server.digest.DigestFormat;
import dev.vigil.server.digest.DigestSchedule;
import dev.vigil.server.digest.DigestService;
import dev.vigil.server.digest.Digests;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The weekly digest on demand, and the installation's digest schedule (admins only). */
final class DigestController {
  private final DigestService digests;
  private final RepositoryStore repositories;
  private final Access access;
  private final AuditLog audit;

  DigestController(DigestService digests, RepositoryStore repositories, Access access, AuditLog audit) {
    this.digests = digests;
    this.repositories = repositories;
    this.access = access;
    this.audit = audit;
  }

  /** {@code GET /api/v1/digest?repositoryId=&format=md|html&since=}: one repository's, or all the user sees. */
  void get(Context ctx) {
    User user = Authenticator.user(ctx);
    Long repositoryId = QueryParams.number(ctx, "repositoryId");
    List<RepositoryRecord> covered = repositoryId == null ? repositories.visibleTo(user)
        : List.of(access.repository(user, repositoryId));
    DigestFormat format = field("format", () -> DigestFormat.parse(ctx.queryParam("format")));
    String since = ctx.queryParam("since");
    String publicUrl = digests.schedule().publicUrl();
    Digest digest = digests.digest(covered, since == null ? null : field("since", () -> Digests.parseSince(since)),
        publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host());
    ctx.contentType(format.mediaType()).result(digests.write(digest, format));
  }

  /** {@code GET /api/v1/digest/schedule}: the schedule, the webhook shown by its host only. */
  void schedule(Context ctx) {
    Access.admin(ctx, "read the digest schedule");
    ctx.json(view(digests.schedule()));
  }

  /** {@code PUT /api/v1/digest/schedule}: {@code {enabled, day, hour, folder, webhookUrl, publicUrl}}. */
  void saveSchedule(Context ctx) {
    User admin = Access.admin(ctx, "set the digest schedule");
    JsonNode body = RequestBodies.object(ctx);
    DigestSchedule current = digests.schedule();
    String day = RequestBodies.optionalText(body, "day");
    String folder = RequestBodies.optionalText(body, "folder");
    String webhook = RequestBodies.optionalText(body, "webhookUrl");
    JsonNode hour = body.get("hour");
    if (hour != null && !hour.isIntegralNumber()) throw ApiException.badRequest("hour", "hour must be an integer 0 to 23");
    DigestSchedule next = field(null, () -> new DigestSchedule(body.path("enabled").asBoolean(false),
        day == null ? current.day() : field("day", () -> DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT))),
        hour == null ? current.hour() : hour.asInt(),
        folder == null ? current.folder() : folder.isBlank() ? null : folder(folder),
        body.has("webhookUrl") ? (webhook == null || webhook.isBlank() ? null : webhook(webhook)) : current.webhookUrl(),
        body.has("publicUrl") ? RequestBodies.optionalText(body, "publicUrl") : current.publicUrl(),
        null, null, null));
    DigestSchedule saved = digests.saveSchedule(next, admin.username());
    audit.record(admin.username(), "digest.schedule", null, (saved.enabled() ? "on, " : "off, ")
        + saved.day() + " " + saved.hour() + ":00 UTC");
    ctx.json(view(saved));
  }

  /** {@code POST /api/v1/digest/schedule/run}: sends the digest now; {@code {outcome, sentAt}}. */
  void run(Context ctx) {
    User admin = Access.admin(ctx, "send the digest");
    String outcome = field(null, digests::sendNow);
    audit.record(admin.username(), "digest.sent", null, outcome);
    ctx.json(Map.of("outcome", outcome, "sentAt", digests.schedule().lastSentAt().toString()));
  }

  private static Path folder(String text) {
    Path path = Path.of(text.trim());
    if (!path.isAbsolute()) throw ApiException.badRequest("folder", "folder must be an absolute path, got '" + text + "'");
    return path;
  }

  private static URI webhook(String text) {
    try {
      URI uri = URI.create(text.trim());
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) return uri;
    } catch (IllegalArgumentException malformed) {
      // answered below
    }
    throw ApiException.badRequest("webhookUrl", "webhookUrl must be an http or https URL");
  }

  private static Map<String, Object> view(DigestSchedule schedule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("enabled", schedule.enabled());
    json.put("day", schedule.day().name().toLowerCase(Locale.ROOT));
    json.put("hour", schedule.hour());
    json.put("folder", schedule.folder() == null ? null : schedule.folder().toString());
    json.put("webhook", schedule.webhookUrl() == null ? null
        : schedule.webhookUrl().getScheme() + "://" + schedule.webhookUrl().getHost() + "/…");
    json.put("publicUrl", schedule.publicUrl());
    json.put("lastSentAt", schedule.lastSentAt() == null ? null : schedule.lastSentAt().toString());
    json.put("lastOutcome", schedule.lastOutcome());
    json.put("nextAt", schedule.enabled() ? schedule.nextSlot(java.time.Instant.now()).toString() : null);
    return json;
  }

  /** Runs {@code parse}, turning its IllegalArgumentException into a 400 naming {@code field}. */
  private static <T> T field(String field, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ApiException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, e.getMessage());
    }
  }
}
