package dev.vigil.server.ui;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.web.Access;
import dev.vigil.server.web.ApiException;
import io.javalin.http.Context;

/**
 * Finds what a page is about from its {@code {id}} and checks the user may see it, with the API's
 * rule: anything in a repository that is not granted is "not found", like what does not exist.
 */
final class Lookups {
  private final Access access;
  private final ScanStore scans;
  private final FindingStore findings;

  Lookups(Access access, ScanStore scans, FindingStore findings) {
    this.access = access;
    this.scans = scans;
    this.findings = findings;
  }

  /** Returns the repository of the {@code {id}} path parameter; 404 if not visible. */
  RepositoryRecord repository(Context ctx, User user) {
    return access.repository(user, id(ctx, "repository"));
  }

  /** Returns the repository {@code id}; 404 if not visible. */
  RepositoryRecord repository(User user, long id) {
    return access.repository(user, id);
  }

  /** Returns the scan of the {@code {id}} path parameter; 404 if not visible. */
  ScanRecord scan(Context ctx, User user) {
    long id = id(ctx, "scan");
    ScanRecord scan = scans.find(id).orElseThrow(() -> ApiException.notFound("scan " + id));
    visible(user, scan.repositoryId(), "scan " + id);
    return scan;
  }

  /** Returns the finding of the {@code {id}} path parameter, with evidence; 404 if not visible. */
  FindingRecord finding(Context ctx, User user) {
    long id = id(ctx, "finding");
    FindingRecord finding = findings.find(id).orElseThrow(() -> ApiException.notFound("finding " + id));
    visible(user, finding.repositoryId(), "finding " + id);
    return finding;
  }

  private void visible(User user, long repositoryId, String what) {
    try {
      access.repository(user, repositoryId);
    } catch (ApiException hidden) {
      throw ApiException.notFound(what);
    }
  }

  private static long id(Context ctx, String what) {
    String text = ctx.pathParam("id");
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.notFound(what + " " + text);
    }
  }
}
