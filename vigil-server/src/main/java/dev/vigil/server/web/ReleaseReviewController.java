package dev.vigil.server.web;

import dev.vigil.server.review.ReleaseChecklist;
import dev.vigil.server.review.ReleaseReview;
import dev.vigil.server.review.ReviewItem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** A repository's release review as JSON: every high, critical and deferred finding re-checked at a ref. */
final class ReleaseReviewController {
  private final ReleaseReview review;
  private final Access access;

  ReleaseReviewController(ReleaseReview review, Access access) {
    this.review = review;
    this.access = access;
  }

  /** {@code GET /api/v1/repositories/{id}/release-review?ref=}: {@code {ref, commit, decided, open, items}}. */
  void get(Context ctx) {
    var repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    String ref = ctx.queryParam("ref");
    if (ref == null || ref.isBlank()) throw ApiException.badRequest("ref", "ref is required (a tag, branch or commit)");
    ReleaseChecklist checklist;
    try {
      checklist = review.review(repository, ref);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("ref", e.getMessage());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("repositoryId", repository.id());
    json.put("ref", checklist.ref());
    json.put("commit", checklist.commit());
    json.put("decided", checklist.decided());
    json.put("open", checklist.open());
    json.put("items", checklist.items().stream().map(ReleaseReviewController::item).toList());
    ctx.json(json);
  }

  private static Map<String, Object> item(ReviewItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("findingId", item.finding().id());
    json.put("severity", item.finding().severity());
    json.put("ruleId", item.finding().ruleId());
    json.put("path", item.finding().path());
    json.put("line", item.finding().line());
    json.put("status", item.finding().status());
    json.put("inRelease", item.present());
    json.put("verdict", item.verdict());
    json.put("owner", item.owner());
    json.put("patch", item.patch());
    json.put("decided", item.decided());
    json.put("decision", item.decision());
    return json;
  }
}
