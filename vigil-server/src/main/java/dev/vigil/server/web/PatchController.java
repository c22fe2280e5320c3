package dev.vigil.server.web;

import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.PatchStore.PatchRecord;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/findings/{id}/patch} and {@code /api/v1/patches/{id}}: remediation patches. */
final class PatchController {
  private final FindingStore findings;
  private final Access access;
  private final FindingPatches patches;

  PatchController(FindingStore findings, Access access, FindingPatches patches) {
    this.findings = findings;
    this.access = access;
    this.patches = patches;
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

  private PatchRecord patch(Context ctx) {
    long id = RequestBodies.id(ctx, "patch");
    PatchRecord patch = patches.find(id).orElseThrow(() -> ApiException.notFound("patch " + id));
    visible(patch.findingId(), "patch " + id, ctx);
    return patch;
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
    return body;
  }
}
