package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.jobs.AdvisoryUpdate;
import dev.vigil.server.store.AdvisoryScheduleStore;
import dev.vigil.server.store.AuditLog;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** The installation's daily advisory update, off by default (admins only). */
final class AdvisoryScheduleController {
  private final AdvisoryScheduleStore schedules;
  private final AuditLog audit;

  AdvisoryScheduleController(AdvisoryScheduleStore schedules, AuditLog audit) {
    this.schedules = schedules;
    this.audit = audit;
  }

  /** {@code GET /api/v1/advisories/schedule}: {@code {enabled, sourceUrl, ecosystems, lastRunAt, lastOutcome}}. */
  void get(Context ctx) {
    Access.admin(ctx, "read the advisory schedule");
    ctx.json(schedules.load());
  }

  /** {@code PUT /api/v1/advisories/schedule {enabled, sourceUrl?, ecosystems?}}: the source must be https (http on loopback). */
  void put(Context ctx) {
    User admin = Access.admin(ctx, "set the advisory schedule");
    JsonNode body = RequestBodies.object(ctx);
    String source = RequestBodies.optionalText(body, "sourceUrl");
    List<String> ecosystems = new ArrayList<>();
    for (JsonNode name : body.path("ecosystems")) ecosystems.add(name.asText());
    try {
      new AdvisoryUpdate(source, null);
      AdvisoryUpdate.ecosystems(ecosystems);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage().startsWith("unknown ecosystem") ? "ecosystems" : "sourceUrl", e.getMessage());
    }
    boolean enabled = body.path("enabled").asBoolean(false);
    schedules.save(enabled, source == null || source.isBlank() ? null : source.trim(), ecosystems, admin.username());
    audit.record(admin.username(), "advisories.schedule", null, (enabled ? "daily" : "off")
        + (source == null ? "" : " from " + source));
    ctx.json(schedules.load());
  }
}
