package dev.vigil.server.digest;

import java.time.Instant;
import java.util.List;

/**
 * A weekly digest: what needs a team's attention in each repository it covers, over the window
 * {@code [since, until)}. {@code baseUrl} (may be null) makes links absolute for mail and chat.
 */
public record Digest(Instant since, Instant until, String baseUrl, List<RepositoryDigest> repositories) {
  public Digest {
    repositories = List.copyOf(repositories);
  }

  /** Returns the link to a path of the web UI, absolute when the base URL is known. */
  public String link(String path) {
    return baseUrl == null ? path : baseUrl.replaceAll("/+$", "") + path;
  }

  /** Returns true when no repository has anything to report. */
  public boolean quiet() {
    return repositories.stream().allMatch(RepositoryDigest::quiet);
  }
}
