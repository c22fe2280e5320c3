package dev.vigil.server.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** GitHub code scanning's endpoints. */
public final class CodeScanning {
  /** What GitHub said to an upload: its id, and the URL to ask for the processing status. */
  public record SarifUpload(String id, String url) {}

  private final GitHubClient client;

  /** Creates the endpoints called through {@code client}. */
  public CodeScanning(GitHubClient client) {
    this.client = client;
  }

  /**
   * Uploads a SARIF log for {@code commitSha} on {@code ref} ({@code refs/heads/main}) of
   * {@code owner/repo} ({@code POST /repos/{owner}/{repo}/code-scanning/sarifs}, the log gzipped
   * and base64-encoded as GitHub requires).
   */
  public SarifUpload uploadSarif(String owner, String repo, String commitSha, String ref, byte[] sarif) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("commit_sha", commitSha);
    body.put("ref", ref);
    body.put("sarif", encode(sarif));
    body.put("tool_name", "Vigil");
    JsonNode answer = client.post("/repos/" + GitHubClient.segment(owner) + "/" + GitHubClient.segment(repo)
        + "/code-scanning/sarifs", body);
    return new SarifUpload(answer.path("id").asText(null), answer.path("url").asText(null));
  }

  /** Returns {@code sarif} gzipped, then base64-encoded. */
  static String encode(byte[] sarif) {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(sarif);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(zipped.toByteArray());
  }
}
