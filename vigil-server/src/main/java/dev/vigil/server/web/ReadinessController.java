package dev.vigil.server.web;

import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.ui.ReadinessChecklist;
import dev.vigil.server.ui.ReadinessItem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** A repository's readiness checklist as JSON: the same items as its overview page. */
final class ReadinessController {
  private final ReadinessChecklist checklist;
  private final Access access;

  ReadinessController(ReadinessChecklist checklist, Access access) {
    this.checklist = checklist;
    this.access = access;
  }

  /** {@code GET /api/v1/repositories/{id}/readiness}: {@code {items: [{name, met, missing, link, state}]}}. */
  void get(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    ctx.json(Map.of("items", checklist.of(repository).stream().map(ReadinessController::item).toList()));
  }

  /** Returns the JSON of one item: {@code missing} says what is missing, null when met. */
  static Map<String, Object> item(ReadinessItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    boolean met = "ok".equals(item.state());
    json.put("name", item.title());
    json.put("met", met);
    json.put("missing", met ? null : item.detail());
    json.put("link", item.href());
    json.put("state", item.state());
    return json;
  }
}
