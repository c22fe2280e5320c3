package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.FindingQuery;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.Json;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.TriageEvents;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.RankedFinding;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listing, reading and triaging findings; the recommended top 10 of a repository. */
final class FindingController {
  private final FindingStore findings;
  private final TriageEvents events;
  private final Triage triage;
  private final RepositoryStore repositories;
  private final Access access;
  private final FindingRanking ranking;
  private final FindingValidations validations;
  private final FindingCode code;

  FindingController(FindingStore findings, TriageEvents triage, RepositoryStore repositories,
      Access access, AuditLog audit, FindingRanking ranking, FindingValidations validations,
      FindingCode code) {
    this.findings = findings;
    this.events = triage;
    this.triage = new Triage(findings, triage, audit);
    this.repositories = repositories;
    this.access = access;
    this.ranking = ranking;
    this.validations = validations;
    this.code = code;
  }

  /** {@code GET /api/v1/findings?repositoryId=&severity=&status=&cwe=&rule=&path=&commit=&validated=&verdict=&owner=&team=&sort=&page=&size=}. */
  void list(Context ctx) {
    User user = Authenticator.user(ctx);
    Long repositoryId = QueryParams.number(ctx, "repositoryId");
    List<Long> repositoryIds = repositoryId == null
        ? repositories.visibleTo(user).stream().map(RepositoryRecord::id).toList()
        : List.of(access.repository(user, repositoryId).id());
    String cwe = ctx.queryParam("cwe");
    Integer pageNumber = QueryParams.integer(ctx, "page");
    Integer size = QueryParams.integer(ctx, "size");
    FindingQuery query = new FindingQuery(repositoryIds, ctx.queryParam("severity"),
        ctx.queryParam("status"), cwe == null ? null : QueryParams.integer("cwe", cwe.replaceFirst("(?i)^CWE-", "")),
        firstOf(ctx, "rule", "ruleId"), ctx.queryParam("path"), ctx.queryParam("commit"),
        QueryParams.bool(ctx, "validated"), ctx.queryParam("verdict"), ctx.queryParam("owner"),
        ctx.queryParam("team"), ctx.queryParam("sort"),
        pageNumber == null ? 1 : pageNumber, size == null ? 50 : size);
    FindingStore.Page page = findings.list(query);
    Map<Long, String> outOfScope = ranking.outOfScope(page.items());
    List<Map<String, Object>> items = page.items().stream().map(finding -> {
      Map<String, Object> item = new LinkedHashMap<>(Json.toMap(finding));
      item.put("outOfScope", outOfScope.get(finding.id()));
      return item;
    }).toList();
    ctx.json(Map.of("items", items, "total", page.total(), "page", query.page(),
        "size", query.size()));
  }

  /** {@code GET /api/v1/findings/{id}}: the finding with commits, locations, evidence, code, validation, history. */
  void get(Context ctx) {
    FindingRecord finding = visible(ctx);
    Map<String, Object> body = new LinkedHashMap<>(Json.toMap(finding));
    body.put("locations", List.of(Map.of("path", finding.path(), "line", finding.line())));
    body.put("validation", validations.latest(finding.id()).orElse(null));
    FindingCode.Code excerpts = code.of(finding);
    body.put("code", excerpts.sink());
    body.put("evidenceCode", excerpts.steps());
    body.put("triage", events.forFinding(finding.id()));
    RankedFinding ranked = ranking.explain(finding);
    body.put("impact", ranked.impact());
    body.put("ranking", ranked.ranking());
    ctx.json(body);
  }

  /** {@code POST /api/v1/findings/{id}/triage {action, reason, until, owner}}. */
  void triage(Context ctx) {
    User user = Authenticator.user(ctx);
    FindingRecord finding = visible(ctx);
    JsonNode body = RequestBodies.object(ctx);
    ctx.json(triage.apply(user, finding, new Triage.Request(RequestBodies.text(body, "action"),
        RequestBodies.optionalText(body, "reason"), RequestBodies.optionalText(body, "until"),
        RequestBodies.optionalText(body, "owner"))));
  }

  /** {@code POST /api/v1/findings/{id}/validation}: queues validating the finding now (202). */
  void validate(Context ctx) {
    FindingRecord finding = visible(ctx);
    validations.request(Authenticator.user(ctx), finding);
    ctx.status(202).json(Map.of("findingId", finding.id(), "state", "queued"));
  }

  /** {@code GET /api/v1/repositories/{id}/recommended}: the 10 most critical open findings. */
  void recommended(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    ctx.json(Map.of("items", ranking.recommended(repository.id(), 10).stream().map(ranked -> {
      Map<String, Object> item = new LinkedHashMap<>(Json.toMap(ranked.finding()));
      item.put("criticality", ranked.ranking().score());
      item.put("reason", ranked.reason());
      item.put("impact", ranked.impact());
      return item;
    }).toList()));
  }

  private FindingRecord visible(Context ctx) {
    long id = RequestBodies.id(ctx, "finding");
    FindingRecord finding = findings.find(id).orElseThrow(() -> ApiException.notFound("finding " + id));
    try {
      access.repository(Authenticator.user(ctx), finding.repositoryId());
    } catch (ApiException hidden) {
      throw ApiException.notFound("finding " + id);
    }
    return finding;
  }

  private static String firstOf(Context ctx, String... names) {
    for (String name : names) {
      if (ctx.queryParam(name) != null) return ctx.queryParam(name);
    }
    return null;
  }

}
