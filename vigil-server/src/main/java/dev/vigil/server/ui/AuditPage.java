package dev.vigil.server.ui;

import dev.vigil.server.store.AuditLog;
import dev.vigil.server.web.Access;
import io.javalin.http.Context;
import java.util.List;

/** The audit log, newest first, 100 entries a page: admins only. */
public final class AuditPage {
  private static final int PAGE = 100;
  private final AuditLog audit;
  private final Templates templates;

  AuditPage(AuditLog audit, Templates templates) {
    this.audit = audit;
    this.templates = templates;
  }

  /** A page of the log and the id to read older entries from (null on the last page). */
  public record AuditView(List<AuditLog.Entry> entries, Long olderThan, boolean first) {}

  /** {@code GET /audit?before=ID}. */
  void show(Context ctx, Visit visit) {
    Access.require(visit.user().isAdmin(), visit.user(), "read the audit log");
    Long before = null;
    try {
      String text = ctx.queryParam("before");
      if (text != null) before = Long.parseLong(text.trim());
    } catch (NumberFormatException ignored) {
      before = null;
    }
    List<AuditLog.Entry> entries = audit.newest(PAGE, before);
    Long older = entries.size() == PAGE ? entries.get(entries.size() - 1).id() : null;
    templates.page(ctx, "audit.jte", visit.frame("Audit log", "audit"),
        new AuditView(entries, older, before == null));
  }
}
