package dev.vigil.server.web;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.forge.PullRequests;
import dev.vigil.server.store.PatchStore.PatchRecord;
import dev.vigil.server.store.PullRequestStore.PullRequestRecord;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/findings/{id}/patch}, {@code /api/v1/patches/{id}} and
 * {@code /api/v1/findings/{id}/pull-request}: remediation patches, their review and publication.
 */
final class PatchController {
  private final FindingStore findings;
  private final Access access;
  private final FindingPatches patches;
  private final PullRequests pullRequests;

  PatchController(FindingStore findings, Access access, FindingPatches patches, PullRequests pullRequests) {
    this.findings = findings;
    this.access = access;
    this.patches = patches;
    this.pullRequests = pullRequests;
  }

  /** {@code POST /api/v1/findings/{id}/patch}: proposes and validates a patch (201), or 422 with why not. */
  void propose(Context ctx) {
    FindingRecord finding = visible(RequestBodies.id(ctx, "finding"), "finding " + ctx.pathParam("id"), ctx);
    ctx.status(201).json(view(patches.propose(Authenticator.user(ctx), finding)));
  }

  /** {@code GET /api/v1/patches/{id}}: the patch and its validation. */
  void get(Context ctx) {
    PatchRecord patch = patch(ctx);
    ctx.json(view(patch));
  }

  /** {@code PUT /api/v1/patches/{id}} with {@code {"diff"}}: a reviewer's edit, validated again. */
  void edit(Context ctx) {
    PatchRecord patch = patch(ctx);
    String diff = RequestBodies.text(RequestBodies.object(ctx), "diff");
    ctx.json(view(patches.edit(Authenticator.user(ctx), patch, visible(patch.findingId(), "patch " + patch.id(), ctx), diff)));
  }

  /** {@code POST /api/v1/patches/{id}/approval}: a reviewer approves the patch's current diff. */
  void approve(Context ctx) {
    PatchRecord patch = patch(ctx);
    ctx.json(view(patches.approve(Authenticator.user(ctx), patch, visible(patch.findingId(), "patch " + patch.id(), ctx))));
  }

  /** {@code GET /api/v1/patches/{id}/format-patch}: the fix as a {@code git format-patch} file to download. */
  void formatPatch(Context ctx) {
    PatchRecord patch = patch(ctx);
    PullRequests.PatchFile file = pullRequests.formatPatch(visible(patch.findingId(), "patch " + patch.id(), ctx), patch);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .contentType("text/x-patch; charset=utf-8").result(file.text());
  }

  private PatchRecord patch(Context ctx) {
    long id = RequestBodies.id(ctx, "patch");
    PatchRecord patch = patches.find(id).orElseThrow(() -> ApiException.notFound("patch " + id));
    visible(patch.findingId(), "patch " + id, ctx);
    return patch;
  }

  /** {@code POST /api/v1/findings/{id}/pull-request}: publishes the approved patch (201), or returns what was (200). */
  void openPullRequest(Context ctx) {
    FindingRecord finding = visible(RequestBodies.id(ctx, "finding"), "finding " + ctx.pathParam("id"), ctx);
    PullRequests.Opened opened = pullRequests.open(Authenticator.user(ctx), finding);
    ctx.status(opened.created() ? 201 : 200).json(view(opened.pullRequest()));
  }

  /** {@code GET /api/v1/findings/{id}/pull-request}: the finding's newest published fix and its state. */
  void pullRequest(Context ctx) {
    FindingRecord finding = visible(RequestBodies.id(ctx, "finding"), "finding " + ctx.pathParam("id"), ctx);
    ctx.json(view(pullRequests.latest(finding.id())
        .orElseThrow(() -> ApiException.notFound("pull request of finding " + finding.id()))));
  }

  /** Returns the API's view of a published fix: branch, url (absent without a pull request), state and the rest. */
  static Map<String, Object> view(PullRequestRecord pullRequest) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("branch", pullRequest.branch());
    if (pullRequest.url() != null) body.put("url", pullRequest.url());
    body.put("state", pullRequest.state());
    body.put("id", pullRequest.id());
    body.put("findingId", pullRequest.findingId());
    body.put("patchId", pullRequest.patchId());
    body.put("commit", pullRequest.commit());
    body.put("number", pullRequest.number());
    body.put("mergeCommit", pullRequest.mergeSha());
    body.put("reviewers", pullRequest.reviewers());
    body.put("note", pullRequest.note());
    body.put("openedBy", pullRequest.openedBy());
    body.put("formatPatch", "/api/v1/patches/" + pullRequest.patchId() + "/format-patch");
    return body;
  }

  /** Returns the finding if the user may see its repository; a hidden one is "not found", like a missing one. */
  private FindingRecord visible(long findingId, String what, Context ctx) {
    FindingRecord finding = findings.find(findingId).orElseThrow(() -> ApiException.notFound(what));
    try {
      access.repository(Authenticator.user(ctx), finding.repositoryId());
    } catch (ApiException hidden) {
      throw ApiException.notFound(what);
    }
    return finding;
  }

  /** Returns the API's view of a patch: id, diff, files, validation, and who proposed and edited it. */
  static Map<String, Object> view(PatchRecord patch) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", patch.id());
    body.put("findingId", patch.findingId());
    body.put("commit", patch.commit());
    body.put("diff", patch.diff());
    body.put("files", patch.files());
    body.put("rationale", patch.rationale());
    body.put("notes", patch.notes());
    body.put("validation", patch.validation());
    body.put("proposedBy", patch.proposedBy());
    body.put("editedBy", patch.editedBy());
    body.put("approvedBy", patch.approvedBy());
    body.put("approvedAt", patch.approvedAt());
    body.put("formatPatch", "/api/v1/patches/" + patch.id() + "/format-patch");
    return body;
  }
}
