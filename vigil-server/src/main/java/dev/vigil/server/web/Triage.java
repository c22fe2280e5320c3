package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.TriageEvents;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The triage rules shared by the API and the web UI: which role may take which action, what each
 * action requires, the state it leaves the finding in, and the audit trail it writes. Bad input is
 * a 400 naming the field; a role that may not act is a 403.
 */
public final class Triage {
  /** The actions a person may take on a finding. */
  public static final List<String> ACTIONS = List.of("reject", "defer", "accept", "assign", "reopen");

  /** One triage action as asked for: reason, until (YYYY-MM-DD) and owner as given, or null. */
  public record Request(String action, String reason, String until, String owner) {}

  private final FindingStore findings;
  private final TriageEvents events;
  private final AuditLog audit;

  public Triage(FindingStore findings, TriageEvents events, AuditLog audit) {
    this.findings = findings;
    this.events = events;
    this.audit = audit;
  }

  /** Applies {@code request} to {@code finding} for {@code user}; returns the updated finding. */
  public FindingRecord apply(User user, FindingRecord finding, Request request) {
    String action = request.action();
    if (action == null || action.isBlank()) throw ApiException.badRequest("action", "action is required");
    String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason();
    String owner = finding.owner();
    String status = finding.status();
    LocalDate until = null;
    switch (action) {
      case "reject" -> {
        Access.require(user.role().canReject(), user, "reject findings");
        if (reason == null) throw ApiException.badRequest("reason", "a reason is required to reject");
        status = "rejected";
      }
      case "defer" -> {
        Access.require(user.role().canTriage(), user, "triage findings");
        until = parseUntil(request.until());
        status = "deferred";
      }
      case "accept" -> {
        Access.require(user.role().canTriage(), user, "triage findings");
        status = "accepted";
      }
      case "assign" -> {
        Access.require(user.role().canTriage(), user, "triage findings");
        if (request.owner() == null || request.owner().isBlank()) {
          throw ApiException.badRequest("owner", "owner is required");
        }
        owner = request.owner().trim();
      }
      case "reopen" -> {
        Access.require(user.role().canTriage(), user, "triage findings");
        status = finding.presentAtHead() ? "open" : "fixed";
      }
      default -> throw ApiException.badRequest("action",
          "unknown action '" + action + "': expected one of reject, defer, accept, assign, reopen");
    }
    findings.triage(finding.id(), status, owner, "deferred".equals(status) ? until : null);
    events.record(finding.id(), user.username(), action, reason, until,
        "assign".equals(action) ? owner : null);
    audit.record(user.username(), "finding." + action, "finding " + finding.id(), reason);
    return findings.find(finding.id()).orElseThrow();
  }

  private static LocalDate parseUntil(String text) {
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("until", "until is required to defer (YYYY-MM-DD)");
    }
    try {
      LocalDate until = LocalDate.parse(text.trim());
      if (!until.isAfter(LocalDate.now())) throw ApiException.badRequest("until", "until must be in the future");
      return until;
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("until", "until must be a date like 2030-01-31");
    }
  }
}
