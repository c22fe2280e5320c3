package dev.vigil.server.ui;

import dev.vigil.server.review.ReleaseChecklist;
import dev.vigil.server.review.ReleaseReview;
import dev.vigil.server.store.RepositoryRecord;
import io.javalin.http.Context;

/** A repository's release review page: a ref to check, then the checklist of what must be decided. */
public final class ReleaseReviewPage {
  private final ReleaseReview review;
  private final Lookups lookups;
  private final Templates templates;

  ReleaseReviewPage(ReleaseReview review, Lookups lookups, Templates templates) {
    this.review = review;
    this.lookups = lookups;
    this.templates = templates;
  }

  /** The page: the ref asked for, the checklist (null before a ref is given) and an error with the ref. */
  public record ReleaseReviewView(RepositoryRecord repository, String ref, ReleaseChecklist checklist, String error) {}

  /** {@code GET /repositories/{id}/release-review?ref=}. */
  void show(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    String ref = ctx.queryParam("ref");
    ReleaseChecklist checklist = null;
    String error = null;
    if (ref != null && !ref.isBlank()) {
      try {
        checklist = review.review(repository, ref);
      } catch (IllegalArgumentException e) {
        ctx.status(400);
        error = e.getMessage();
      }
    }
    templates.page(ctx, "release_review.jte", visit.frame("Release review · " + repository.name(), "repositories"),
        new ReleaseReviewView(repository, ref == null ? "" : ref, checklist, error));
  }
}
