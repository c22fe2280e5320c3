package dev.vigil.server.web;

import dev.vigil.engine.report.SarifImport;
import dev.vigil.engine.report.SarifImportException;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.ExternalFindingStore;
import dev.vigil.server.store.RepositoryRecord;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Imports another tool's SARIF 2.1.0 log into a repository's findings. */
final class SarifController {
  private final ExternalFindingStore external;
  private final Access access;
  private final AuditLog audit;

  SarifController(ExternalFindingStore external, Access access, AuditLog audit) {
    this.external = external;
    this.access = access;
    this.audit = audit;
  }

  /**
   * {@code POST /api/v1/repositories/{id}/sarif} with the log as the body (up to
   * {@link SarifImport#MAX_BYTES}, read here rather than under the API's 1 MB body limit):
   * {@code {tools, added, updated, merged, skipped}}.
   */
  void importLog(Context ctx) {
    User user = Authenticator.user(ctx);
    RepositoryRecord repository = access.repository(user, RequestBodies.id(ctx, "repository"));
    Access.require(user.role().canScan(), user, "import findings");
    long declared = ctx.req().getContentLengthLong();
    if (declared > SarifImport.MAX_BYTES) {
      throw new ApiException(413, "too_large", null, "the SARIF log is larger than " + SarifImport.MAX_BYTES / (1024 * 1024) + " MiB");
    }
    ExternalFindingStore.Result result;
    try (InputStream body = ctx.req().getInputStream()) {
      result = external.importLog(repository.id(), body);
    } catch (SarifImportException e) {
      throw ApiException.badRequest(null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(user.username(), "findings.imported", "repository " + repository.id(),
        String.join(", ", result.tools()) + ": " + result.added() + " added, " + result.updated() + " updated, "
            + result.merged().size() + " merged, " + result.skipped().size() + " skipped");
    ctx.json(result);
  }
}
