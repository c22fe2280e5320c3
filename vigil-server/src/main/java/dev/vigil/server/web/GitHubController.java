package dev.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.server.auth.User;
import dev.vigil.server.github.CodeScanningUpload;
import dev.vigil.server.github.GitHubClient;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A repository's link to GitHub, SARIF upload to code scanning, and connecting from an organisation. */
final class GitHubController {
  private final GitHubLinkStore links;
  private final CodeScanningUpload upload;
  private final OrganisationConnect organisations;
  private final ScanStore scans;
  private final Access access;
  private final AuditLog audit;

  GitHubController(GitHubLinkStore links, CodeScanningUpload upload, OrganisationConnect organisations,
      ScanStore scans, Access access, AuditLog audit) {
    this.links = links;
    this.upload = upload;
    this.organisations = organisations;
    this.scans = scans;
    this.access = access;
    this.audit = audit;
  }

  /** {@code GET /api/v1/repositories/{id}/github}: the link and its last upload; 404 when unlinked. */
  void link(Context ctx) {
    RepositoryRecord repository = access.repository(Authenticator.user(ctx), RequestBodies.id(ctx, "repository"));
    ctx.json(links.find(repository.id()).orElseThrow(() -> ApiException.notFound("GitHub link of repository " + repository.id())));
  }

  /** {@code PUT /api/v1/repositories/{id}/github {repository: "owner/name", apiBase?, uploadSarif?}}. */
  void saveLink(Context ctx) {
    User user = Authenticator.user(ctx);
    RepositoryRecord repository = access.repository(user, RequestBodies.id(ctx, "repository"));
    Access.require(user.role().canManageRepositories(), user, "link repositories to GitHub");
    JsonNode body = RequestBodies.object(ctx);
    String apiBase = GitHubClient.apiBase(RequestBodies.optionalText(body, "apiBase"));
    var link = links.save(repository.id(), apiBase, RequestBodies.text(body, "repository"),
        body.path("uploadSarif").asBoolean(false));
    audit.record(user.username(), "repository.github", "repository " + repository.id(),
        link.fullName() + " at " + link.apiBase() + (link.uploadSarif() ? ", uploads SARIF" : ""));
    ctx.json(link);
  }

  /** {@code POST /api/v1/scans/{id}/code-scanning}: uploads the scan's SARIF now; {@code {id, url}} from GitHub. */
  void uploadScan(Context ctx) {
    User user = Authenticator.user(ctx);
    long scanId = RequestBodies.id(ctx, "scan");
    ScanRecord scan = scans.find(scanId).orElseThrow(() -> ApiException.notFound("scan " + scanId));
    access.repository(user, scan.repositoryId());
    Access.require(user.role().canScan(), user, "upload scans to GitHub");
    var answer = upload.upload(scanId);
    audit.record(user.username(), "scan.uploaded", "scan " + scanId, "GitHub code scanning " + answer.id());
    ctx.status(202).json(answer);
  }

  /** {@code POST /api/v1/github/organisation-repositories {organisation, token, apiBase?}}: {@code {items}}. */
  void organisationRepositories(Context ctx) {
    User user = Authenticator.user(ctx);
    Access.require(user.role().canManageRepositories(), user, "connect repositories");
    JsonNode body = RequestBodies.object(ctx);
    ctx.json(Map.of("items", organisations.list(RequestBodies.optionalText(body, "apiBase"),
        RequestBodies.text(body, "token"), RequestBodies.text(body, "organisation"))));
  }

  /**
   * {@code POST /api/v1/github/organisation-connect {organisation, token, apiBase?, repositories: [name],
   * environment?, pathScope?, uploadSarif?}}: 201 {@code {items}}, the connected repositories.
   */
  void connectOrganisation(Context ctx) {
    User user = Authenticator.user(ctx);
    JsonNode body = RequestBodies.object(ctx);
    List<String> names = new ArrayList<>();
    for (JsonNode name : body.path("repositories")) names.add(name.asText());
    var connected = organisations.connect(user, new OrganisationConnect.Request(RequestBodies.optionalText(body, "apiBase"),
        RequestBodies.text(body, "token"), RequestBodies.text(body, "organisation"), names,
        RequestBodies.optionalText(body, "environment"), RequestBodies.optionalText(body, "pathScope"),
        body.path("uploadSarif").asBoolean(false)));
    ctx.status(201).json(Map.of("items", connected));
  }
}
