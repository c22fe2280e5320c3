package dev.vigil.server.forge;

import dev.vigil.server.github.GitHubClient;
import dev.vigil.server.github.GitHubException;
import dev.vigil.server.github.GitHubRateLimitException;
import dev.vigil.server.github.Pulls;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.GitHubLink;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.PullRequestStore;
import dev.vigil.server.store.PullRequestStore.PullRequestRecord;
import dev.vigil.server.store.RepositoryStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the pull requests Vigil opened on GitHub to open, merged or closed: by polling each open
 * one (a recurring job) and from GitHub's {@code pull_request} webhook events. A merged one records
 * its merge commit; the finding itself is confirmed fixed by the next scan of the base branch.
 */
public final class PullRequestStates {
  private static final Logger log = LoggerFactory.getLogger(PullRequestStates.class);
  private final PullRequestStore store;
  private final FindingStore findings;
  private final RepositoryStore repositories;
  private final GitHubLinkStore links;
  private final Clock clock;

  public PullRequestStates(PullRequestStore store, FindingStore findings, RepositoryStore repositories,
      GitHubLinkStore links, Clock clock) {
    this.store = store;
    this.findings = findings;
    this.repositories = repositories;
    this.links = links;
    this.clock = clock;
  }

  /** Asks GitHub for the state of every open pull request Vigil opened; returns how many changed. */
  public int pollOpen() {
    int changed = 0;
    for (PullRequestRecord pullRequest : store.openOnGitHub()) {
      Optional<FindingRecord> finding = findings.find(pullRequest.findingId());
      Optional<GitHubLink> link = finding.flatMap(f -> links.find(f.repositoryId()));
      String credential = finding.map(f -> repositories.credential(f.repositoryId())).orElse(null);
      if (link.isEmpty() || credential == null || credential.isBlank()) continue;
      try {
        Pulls.PullRequest now = new Pulls(new GitHubClient(link.get().apiBase(), GitHubClient.tokenOf(credential)))
            .get(link.get().owner(), link.get().name(), pullRequest.number());
        if (update(pullRequest, now.state(), now.merged(), now.mergeCommitSha())) changed++;
      } catch (GitHubRateLimitException e) {
        log.warn("stopped polling pull requests until {}: {}", e.resetAt(), e.getMessage());
        break;
      } catch (GitHubException e) {
        log.warn("cannot poll pull request {} of {}: {}", pullRequest.number(), link.get().fullName(), e.getMessage());
      }
    }
    return changed;
  }

  /** A pull request Vigil opened, as an event left it, and the connected repository it fixes. */
  public record Updated(PullRequestRecord pullRequest, long repositoryId) {}

  /**
   * Applies a {@code pull_request} event's state to the pull request {@code number} of GitHub
   * repository {@code fullName}; returns it when Vigil opened it.
   */
  public Optional<Updated> onEvent(String fullName, int number, String state, boolean merged, String mergeSha) {
    Optional<PullRequestRecord> pullRequest = store.onGitHub(fullName, number);
    pullRequest.ifPresent(p -> update(p, state, merged, mergeSha));
    return pullRequest.flatMap(p -> store.find(p.id())).flatMap(p -> findings.find(p.findingId())
        .map(f -> new Updated(p, f.repositoryId())));
  }

  private boolean update(PullRequestRecord pullRequest, String state, boolean merged, String mergeSha) {
    String next = merged ? PullRequestStore.MERGED
        : "closed".equals(state) ? PullRequestStore.CLOSED : PullRequestStore.OPEN;
    return store.updateState(pullRequest.id(), next, merged ? mergeSha : null, clock.instant());
  }
}
