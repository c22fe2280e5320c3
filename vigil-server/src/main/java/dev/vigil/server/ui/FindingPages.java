package dev.vigil.server.ui;

import dev.vigil.server.forge.PullRequests;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.web.FindingPatches;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.FieldException;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.TriageEvents;
import dev.vigil.server.web.ApiException;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.RankedFinding;
import dev.vigil.server.web.FindingCode;
import dev.vigil.server.web.FindingValidations;
import dev.vigil.server.web.Triage;
import dev.vigil.engine.validation.ValidationRecord;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The findings table, the recommended top 10, a finding's detail and its triage actions. */
public final class FindingPages {
  private final FindingStore findings;
  private final RepositoryStore repositories;
  private final TriageEvents events;
  private final Triage triage;
  private final FindingRanking ranking;
  private final FindingValidations validations;
  private final FindingCode code;
  private final FindingPatches patches;
  private final PullRequests pullRequests;
  private final Lookups lookups;
  private final Templates templates;

  FindingPages(FindingStore findings, RepositoryStore repositories, TriageEvents events, Triage triage,
      FindingRanking ranking, FindingValidations validations, FindingCode code, FindingPatches patches,
      PullRequests pullRequests, Lookups lookups, Templates templates) {
    this.findings = findings;
    this.repositories = repositories;
    this.events = events;
    this.triage = triage;
    this.ranking = ranking;
    this.validations = validations;
    this.code = code;
    this.patches = patches;
    this.pullRequests = pullRequests;
    this.lookups = lookups;
    this.templates = templates;
  }

  /** The findings table: the filters, one page of rows, the total, and an error naming a bad filter. */
  public record FindingsView(FindingFilters filters, List<FindingRecord> items, long total,
      List<RepositoryRecord> repositories, Map<Long, String> repositoryNames, String error,
      Map<Long, String> outOfScope) {
    /** Returns the number of the last page. */
    public int lastPage() {
      return (int) Math.max(1, (total + filters.size() - 1) / filters.size());
    }
  }

  /** The recommended page of a repository: its top findings ranked by its threat model. */
  public record RecommendedView(RepositoryRecord repository, List<RankedFinding> items) {}

  /**
   * A finding's page: everything known about it and what the user may do to it; the newest patch,
   * why none could be proposed, why a review action on it failed, and what it was published as.
   */
  public record FindingView(FindingRecord finding, RepositoryRecord repository, RankedFinding ranked,
      FindingCode.Code code, ValidationRecord validation, List<TriageEvents.Event> history,
      boolean canTriage, boolean canReject, String error, String errorAction, String tomorrow,
      PatchStore.PatchRecord patch, String patchRefusal, String patchError,
      PullRequestStore.PullRequestRecord pullRequest) {
    /** Returns true if the newest patch validated, so it can be approved. */
    public boolean patchValidated() {
      return patch != null && patch.validation().verdict() == dev.vigil.engine.fix.PatchVerdict.VALIDATED;
    }

    /**
     * Returns true if the approved patch can be published: never before, approved again since, its
     * pull request closed, or GitHub refused to open it (a note says why) so it can be retried.
     */
    public boolean canPublish() {
      if (patch == null || patch.approvedBy() == null) return false;
      return pullRequest == null || pullRequest.createdAt().isBefore(patch.approvedAt())
          || PullRequestStore.CLOSED.equals(pullRequest.state())
          || (pullRequest.url() == null && pullRequest.note() != null);
    }
  }

  /** {@code GET /findings}: filters, sort and page in the query string. */
  void list(Context ctx, Visit visit) {
    FindingFilters filters = FindingFilters.from(ctx);
    List<RepositoryRecord> visible = repositories.visibleTo(visit.user());
    List<Long> ids = filters.repositoryId() == null
        ? visible.stream().map(RepositoryRecord::id).toList()
        : List.of(lookups.repository(visit.user(), repositoryId(filters.repositoryId())).id());
    Map<Long, String> names = visible.stream()
        .collect(Collectors.toMap(RepositoryRecord::id, RepositoryRecord::name, (a, b) -> a));
    FindingsView view;
    try {
      FindingStore.Page page = findings.list(filters.query(ids));
      view = new FindingsView(filters, page.items(), page.total(), visible, names, null,
          ranking.outOfScope(page.items()));
    } catch (FieldException e) {
      ctx.status(400);
      view = new FindingsView(filters, List.of(), 0, visible, names, e.getMessage(), Map.of());
    }
    templates.page(ctx, "findings.jte", visit.frame("Findings", "findings"), view);
  }

  /** {@code GET /repositories/{id}/recommended}: the 10 most critical open findings. */
  void recommended(Context ctx, Visit visit) {
    RepositoryRecord repository = lookups.repository(ctx, visit.user());
    templates.page(ctx, "recommended.jte", visit.frame("Recommended · " + repository.name(), "findings"),
        new RecommendedView(repository, ranking.recommended(repository.id(), 10)));
  }

  /** {@code GET /findings/{id}}. */
  void show(Context ctx, Visit visit) {
    FindingRecord finding = lookups.finding(ctx, visit.user());
    String done = ctx.queryParam("done");
    Frame frame = visit.frame(finding.ruleId() + " · finding " + finding.id(), "findings");
    if (done != null && (Triage.ACTIONS.contains(done) || List.of(VALIDATE, PATCH, EDITED, APPROVED, PUBLISHED).contains(done))) {
      frame = frame.withNotice(NOTICES.apply(done));
    }
    templates.page(ctx, "finding.jte", frame, view(visit.user(), finding, null, null, null));
  }

  /** {@code POST /findings/{id}/patch}: proposes and validates a patch now (developers and up), or shows why not. */
  void proposePatch(Context ctx, Visit visit) {
    FindingRecord finding = lookups.finding(ctx, visit.user());
    try {
      patches.propose(visit.user(), finding);
      ctx.redirect("/findings/" + finding.id() + "?done=" + PATCH + "#patch", HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() != 422) throw e;
      ctx.status(422);
      templates.page(ctx, "finding.jte", visit.frame(finding.ruleId() + " · finding " + finding.id(), "findings"),
          view(visit.user(), finding, null, null, e.getMessage()));
    }
  }

  /** {@code POST /findings/{id}/patch/edit}: a reviewer's edited diff, validated again (the API's rules). */
  void editPatch(Context ctx, Visit visit) {
    patchAction(ctx, visit, EDITED, (finding, patch) -> patches.edit(visit.user(), patch, finding,
        ctx.formParam("diff") == null ? "" : ctx.formParam("diff").replace("\r\n", "\n")));
  }

  /** {@code POST /findings/{id}/patch/approval}: approves the diff the reviewer saw (its {@code seen} version). */
  void approvePatch(Context ctx, Visit visit) {
    patchAction(ctx, visit, APPROVED, (finding, patch) -> {
      if (!patch.updatedAt().toString().equals(ctx.formParam("seen"))) {
        throw new ApiException(409, "patch_changed", null, "the patch was edited since this page showed it: "
            + "review the new diff, then approve it");
      }
      patches.approve(visit.user(), patch, finding);
    });
  }

  /** {@code POST /findings/{id}/pull-request}: publishes the approved patch as a branch and pull request. */
  void openPullRequest(Context ctx, Visit visit) {
    patchAction(ctx, visit, PUBLISHED, (finding, patch) -> pullRequests.open(visit.user(), finding));
  }

  /** Runs a review action on the finding's newest patch; its refusal (4xx, or GitHub's 502) is shown in the patch section. */
  private void patchAction(Context ctx, Visit visit, String done,
      java.util.function.BiConsumer<FindingRecord, PatchStore.PatchRecord> action) {
    FindingRecord finding = lookups.finding(ctx, visit.user());
    try {
      PatchStore.PatchRecord patch = patches.latest(finding.id())
          .orElseThrow(() -> new ApiException(422, "no_patch", null, "no patch was proposed yet"));
      action.accept(finding, patch);
      ctx.redirect("/findings/" + finding.id() + "?done=" + done + "#patch", HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() == 401 || e.status() == 403 || e.status() == 404) throw e;
      ctx.status(e.status());
      FindingView view = view(visit.user(), finding, null, null, null);
      templates.page(ctx, "finding.jte", visit.frame(finding.ruleId() + " · finding " + finding.id(), "findings"),
          withPatchError(view, e.getMessage()));
    }
  }

  private static FindingView withPatchError(FindingView v, String error) {
    return new FindingView(v.finding(), v.repository(), v.ranked(), v.code(), v.validation(), v.history(), v.canTriage(),
        v.canReject(), v.error(), v.errorAction(), v.tomorrow(), v.patch(), v.patchRefusal(), error, v.pullRequest());
  }

  /** {@code POST /findings/{id}/triage}: action, reason, until, owner; the API's rules. */
  void triage(Context ctx, Visit visit) {
    FindingRecord finding = lookups.finding(ctx, visit.user());
    String action = ctx.formParam("action");
    try {
      triage.apply(visit.user(), finding, new Triage.Request(action, ctx.formParam("reason"),
          ctx.formParam("until"), ctx.formParam("owner")));
      ctx.redirect("/findings/" + finding.id() + "?done=" + action, HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      if (e.status() != 400) throw e;
      ctx.status(400);
      templates.page(ctx, "finding.jte", visit.frame(finding.ruleId() + " · finding " + finding.id(), "findings"),
          view(visit.user(), finding, e.getMessage(), action, null));
    }
  }

  /** {@code POST /findings/{id}/validation}: queues validating the finding now (developers and up). */
  void validate(Context ctx, Visit visit) {
    FindingRecord finding = lookups.finding(ctx, visit.user());
    validations.request(visit.user(), finding);
    ctx.redirect("/findings/" + finding.id() + "?done=" + VALIDATE, HttpStatus.SEE_OTHER);
  }

  private FindingView view(User user, FindingRecord finding, String error, String errorAction, String patchRefusal) {
    RepositoryRecord repository = lookups.repository(user, finding.repositoryId());
    return new FindingView(finding, repository, ranking.explain(finding), code.of(finding),
        validations.latest(finding.id()).orElse(null), events.forFinding(finding.id()),
        user.role().canTriage(), user.role().canReject(), error, errorAction,
        LocalDate.now().plusDays(1).toString(), patches.latest(finding.id()).orElse(null), patchRefusal, null,
        pullRequests.latest(finding.id()).orElse(null));
  }

  private static final String VALIDATE = "validate";
  private static final String PATCH = "patch";
  private static final String EDITED = "patch-edited";
  private static final String APPROVED = "patch-approved";
  private static final String PUBLISHED = "pull-request";

  private static final Function<String, String> NOTICES = action -> switch (action) {
    case VALIDATE -> "Validation queued: the record below is replaced once it has run (reload to see it).";
    case PATCH -> "Patch proposed and validated: review the diff and its validation below.";
    case EDITED -> "Patch edited and validated again: review the new validation below.";
    case APPROVED -> "Patch approved: it can be published as a branch and pull request.";
    case PUBLISHED -> "Fix published: the branch and pull request are below.";
    case "reject" -> "Rejected as a false positive; the reason is kept as feedback.";
    case "defer" -> "Deferred.";
    case "accept" -> "Accepted: the finding is confirmed and stays on the list until fixed.";
    case "assign" -> "Owner assigned.";
    default -> "Reopened.";
  };

  private static long repositoryId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("repository " + text);
    }
  }
}
