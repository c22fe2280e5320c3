package dev.vigil.server.store;

import java.time.Instant;

/**
 * Where a connected repository lives on GitHub: the API base, {@code owner/name}, whether each
 * finished scan uploads its SARIF to code scanning, and how the last upload went.
 */
public record GitHubLink(long repositoryId, String apiBase, String fullName, boolean uploadSarif,
    Instant lastUploadAt, Long lastUploadScan, String lastUploadId, String lastUploadError) {

  /** Returns the owner part of {@code owner/name}. */
  public String owner() {
    return fullName.substring(0, fullName.indexOf('/'));
  }

  /** Returns the name part of {@code owner/name}. */
  public String name() {
    return fullName.substring(fullName.indexOf('/') + 1);
  }

  /** Returns {@code fullName} if it reads {@code owner/name}; throws naming the field otherwise. */
  public static String checkFullName(String fullName) {
    if (fullName == null || !fullName.matches("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+")) {
      throw new FieldException("repository", "expected the GitHub repository as owner/name, got '" + fullName + "'");
    }
    return fullName;
  }
}
