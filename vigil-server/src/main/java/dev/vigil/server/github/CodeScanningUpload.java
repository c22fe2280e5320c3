package dev.vigil.server.github;

import dev.vigil.server.store.GitHubLink;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanRecord;
import dev.vigil.server.store.ScanStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a finished scan's SARIF to GitHub code scanning for a repository linked to GitHub, with
 * the repository's credential as the token: on demand, and after each scan when the link says so.
 */
public final class CodeScanningUpload {
  private static final Logger log = LoggerFactory.getLogger(CodeScanningUpload.class);

  private final ScanStore scans;
  private final RepositoryStore repositories;
  private final GitHubLinkStore links;
  private final StoredSarif sarif;
  private final Clock clock;

  public CodeScanningUpload(ScanStore scans, RepositoryStore repositories, GitHubLinkStore links, StoredSarif sarif,
      Clock clock) {
    this.scans = scans;
    this.repositories = repositories;
    this.links = links;
    this.sarif = sarif;
    this.clock = clock;
  }

  /**
   * Uploads the SARIF of done scan {@code scanId}; throws {@link IllegalArgumentException} when the
   * scan cannot be uploaded (not done, no link, no token) and {@link GitHubException} when GitHub refuses.
   */
  public CodeScanning.SarifUpload upload(long scanId) {
    ScanRecord scan = scans.find(scanId).orElseThrow(() -> new IllegalArgumentException("no scan " + scanId));
    if (!ScanRecord.DONE.equals(scan.state()) || scan.headSha() == null) {
      throw new IllegalArgumentException("scan " + scanId + " is " + scan.state() + "; only a done scan can be uploaded");
    }
    GitHubLink link = links.find(scan.repositoryId()).orElseThrow(() -> new IllegalArgumentException(
        "repository " + scan.repositoryId() + " is not linked to GitHub: PUT /api/v1/repositories/"
            + scan.repositoryId() + "/github {\"repository\": \"owner/name\"} first"));
    String credential = repositories.credential(scan.repositoryId());
    if (credential == null || credential.isBlank()) {
      throw new IllegalArgumentException("repository " + scan.repositoryId() + " has no GitHub token (its credential)");
    }
    String token = GitHubClient.tokenOf(credential);
    try {
      CodeScanning.SarifUpload upload = new CodeScanning(new GitHubClient(link.apiBase(), token))
          .uploadSarif(link.owner(), link.name(), scan.headSha(), "refs/heads/" + scan.branch(), sarif.write(scan));
      links.uploaded(scan.repositoryId(), scanId, clock.instant(), upload.id(), null);
      return upload;
    } catch (GitHubException e) {
      links.uploaded(scan.repositoryId(), scanId, clock.instant(), null, e.getMessage());
      throw e;
    }
  }

  /** Uploads scan {@code scanId} if it is done and its repository uploads after each scan; failures are logged and kept. */
  public void afterScan(long scanId) {
    ScanRecord scan = scans.find(scanId).orElse(null);
    if (scan == null || !ScanRecord.DONE.equals(scan.state())) return;
    if (!links.find(scan.repositoryId()).map(GitHubLink::uploadSarif).orElse(false)) return;
    try {
      CodeScanning.SarifUpload upload = upload(scanId);
      log.info("scan {} uploaded to GitHub code scanning as {}", scanId, upload.id());
    } catch (RuntimeException e) {
      log.warn("scan {} was not uploaded to GitHub code scanning: {}", scanId, e.getMessage());
    }
  }
}
